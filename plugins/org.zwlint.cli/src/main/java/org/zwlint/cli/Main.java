package org.zwlint.cli;

import java.io.PrintWriter;

/** The jar's entry point: runs the command line and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = ZwLintCli.execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
