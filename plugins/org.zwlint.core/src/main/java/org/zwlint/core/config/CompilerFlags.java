package org.zwlint.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The preprocessor options in a compiler's command line: GCC/Clang ({@code -DX -D X -UX -Idir
 * -I dir -isystem dir}) and MSVC/clang-cl ({@code /DX /D X /U /I /external:I}). Everything else
 * (the compiler, the output, optimization) is not the preprocessor's and is passed over.
 */
final class CompilerFlags {
    record Parsed(List<String> defines, List<String> undefines, List<Path> includeDirs, List<String> problems) {
    }

    private CompilerFlags() {
    }

    static Parsed parse(List<String> arguments, Path directory) {
        List<String> defines = new ArrayList<>();
        List<String> undefines = new ArrayList<>();
        List<Path> includes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 1; i < arguments.size(); i++) { // the first argument is the compiler
            String argument = arguments.get(i);
            String option = null;
            String value = null;
            for (String prefix : new String[] { "-isystem", "/external:I", "-external:I", "-D", "/D", "-U", "/U", "-I",
                    "/I" }) {
                if (argument.startsWith(prefix)) {
                    option = prefix.substring(1);
                    value = argument.substring(prefix.length());
                    break;
                }
            }
            if (option == null || value == null) {
                continue;
            }
            boolean separate = value.isEmpty();
            if (separate) {
                if (i + 1 >= arguments.size()) {
                    problems.add(argument + " has no value");
                    continue;
                }
                value = arguments.get(++i);
            }
            switch (option) {
                case "D" -> {
                    String name = value.contains("=") ? value.substring(0, value.indexOf('=')) : value;
                    if (MacroDefinitions.isName(name) || name.matches("[A-Za-z_][A-Za-z0-9_]*\\(.*\\)")) {
                        defines.add(value.contains("=") ? value : value.replaceFirst("#", "=")); // MSVC: /DNAME#VALUE
                    } else {
                        problems.add(argument + (separate ? " " + value : "") + " is not a macro definition");
                    }
                }
                case "U" -> {
                    if (MacroDefinitions.isName(value)) {
                        undefines.add(value);
                    } else {
                        problems.add("-U " + value + " is not a macro name");
                    }
                }
                default -> includes.add(directory.resolve(value.replace('\\', '/')).normalize());
            }
        }
        return new Parsed(defines, undefines, includes, problems);
    }

    /** A command string as a shell splits it: white space separates, quotes group, a backslash escapes a quote. */
    static List<String> split(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < command.length()
                        && (command.charAt(i + 1) == '"' || command.charAt(i + 1) == '\\')) {
                    word.append(command.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if (c == '\\' && i + 1 < command.length() && command.charAt(i + 1) == '"') {
                word.append('"');
                i++;
                inWord = true;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
