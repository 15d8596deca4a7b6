package org.zwlint.core.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.zwlint.core.parse.antlr.CLexer;

/**
 * The hand scanner against the lexer generated from grammars/CLexer.g4, which defines the tokens:
 * the same types, channels and boundaries on every C file of the tests and the bundled model, on
 * generated text made of the pieces where lexers go wrong, and on each keyword spelling the grammar
 * has.
 */
class CScannerTest {
    /** One token as both lexers report it: char offsets, end exclusive. */
    private record Lexeme(int type, int channel, int start, int end) {
    }

    private static List<Lexeme> generated(String text) {
        CLexer lexer = new CLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        int[] charAt = new int[text.codePointCount(0, text.length()) + 1];
        int at = 0;
        for (int i = 0; i < charAt.length - 1; i++) {
            charAt[i] = at;
            at += Character.charCount(text.codePointAt(at));
        }
        charAt[charAt.length - 1] = at;
        List<Lexeme> out = new ArrayList<>();
        List<? extends Token> tokens = lexer.getAllTokens();
        for (Token token : tokens) {
            out.add(new Lexeme(token.getType(), token.getChannel(), charAt[token.getStartIndex()],
                    charAt[token.getStopIndex() + 1]));
        }
        return out;
    }

    private static List<Lexeme> scanned(String text) {
        List<Lexeme> out = new ArrayList<>();
        CScanner.scan(text, (type, channel, start, end) -> out.add(new Lexeme(type, channel, start, end)));
        return out;
    }

    private static void assertSameTokens(String text, String what) {
        List<Lexeme> expected = generated(text);
        List<Lexeme> actual = scanned(text);
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                Lexeme e = expected.get(i);
                throw new AssertionError(what + ": token " + i + " differs: grammar " + describe(e, text) + ", scanner "
                        + describe(actual.get(i), text));
            }
        }
        assertEquals(expected.size(), actual.size(), what + ": token count");
    }

    private static String describe(Lexeme lexeme, String text) {
        return CLexer.VOCABULARY.getSymbolicName(lexeme.type()) + "/" + lexeme.channel() + " "
                + escape(text.substring(lexeme.start(), Math.min(text.length(), lexeme.end()))) + " at " + lexeme.start();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return out.append('"').toString();
    }

    private static List<Path> cFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("src/main/resources"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".c") || p.toString().endsWith(".h")).forEach(files::add);
            }
        }
        assertTrue(files.size() > 100, "the fixtures were found: " + files.size());
        return files;
    }

    @Test
    void everyCFileOfTheTestsAndTheModel() throws IOException {
        for (Path file : cFiles()) {
            assertSameTokens(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), file.toString());
        }
    }

    @Test
    void aLexedTokensTextIsTheTextItSpans() throws IOException {
        for (Path file : cFiles()) {
            org.zwlint.core.source.SourceFile source = org.zwlint.core.source.SourceFile.of(file,
                    new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            for (Tok token : LexedFile.lex(source).tokens()) {
                assertEquals(source.text().substring(token.start, token.stop + 1), token.text,
                        () -> file + " at " + token.start);
            }
        }
    }

    @Test
    void generatedTextFromTrickyPieces() {
        String[] pieces = { "/*", "*/", "*", "/", "//", "\\", "\n", "\r", "\r\n", " ", "\t", "\f", "\u000B", "\u00A0",
                "\uFEFF", "'", "\"", "L", "u8", "u", "U", "x", "e", "E", "p", "+", "-", ".", "..", "0", "9", "0x1f", "%:",
                "%", ":", "#", "##", "<", "<<", "=", ">", ">>", "&", "|", "!", "^", "~", "?", ";", ",", "(", ")", "[",
                "]", "{", "}", "\\u0041", "\\u00e9", "\\U0001F600", "\\u12", "\uD83D\uDE00", "\uD800", "\uDC00",
                "\uFFFF", "\u00e9", "int", "if", "_try", "__try", "asm", "typeof", "@", "`", "$", "\0", "a", "_" };
        Random random = new Random(20261201L);
        for (int round = 0; round < 30_000; round++) {
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(24);
            for (int i = 0; i < count; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertSameTokens(text.toString(), "round " + round + " " + escape(text.toString()));
        }
    }

    @Test
    void eachKeywordSpellingOfTheGrammar() throws IOException {
        String grammar = Files.readString(Path.of("../../grammars/CLexer.g4"));
        Matcher literal = Pattern.compile("'([A-Za-z_][A-Za-z0-9_]*)'").matcher(grammar);
        int spellings = 0;
        while (literal.find()) {
            String word = literal.group(1);
            for (String text : List.of(word, word + "x", word + " ", "x" + word, word + "(", "L" + word)) {
                assertSameTokens(text, "keyword spelling " + text);
            }
            spellings++;
        }
        assertTrue(spellings > 80, "the grammar's spellings were found: " + spellings);
    }
}
