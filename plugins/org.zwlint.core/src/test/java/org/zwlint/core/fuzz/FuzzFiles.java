package org.zwlint.core.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fuzz targets' input format: one file, or several, in one byte string. A line
 * {@code //@file NAME} starts the next file; bytes before the first such line belong to the main
 * file. The seed corpus stays readable C, and the fuzzer mutates names and contents alike.
 */
record FuzzFiles(byte[] main, Map<String, byte[]> others) {
    static final String MAIN = "driver.c";
    private static final byte[] MARKER = "\n//@file ".getBytes(StandardCharsets.US_ASCII);

    static FuzzFiles split(byte[] input) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i + MARKER.length <= input.length; i++) {
            if (matchesAt(input, i)) {
                starts.add(i);
            }
        }
        byte[] main = slice(input, 0, starts.isEmpty() ? input.length : starts.get(0) + 1);
        Map<String, byte[]> others = new LinkedHashMap<>();
        for (int k = 0; k < starts.size(); k++) {
            int nameStart = starts.get(k) + MARKER.length;
            int end = k + 1 < starts.size() ? starts.get(k + 1) + 1 : input.length;
            int nameEnd = nameStart;
            while (nameEnd < end && input[nameEnd] != '\n') {
                nameEnd++;
            }
            String name = new String(input, nameStart, nameEnd - nameStart, StandardCharsets.UTF_8).strip();
            if (!name.isEmpty() && others.size() < 8) {
                others.putIfAbsent(name, slice(input, Math.min(nameEnd + 1, end), end));
            }
        }
        return new FuzzFiles(main, others);
    }

    private static boolean matchesAt(byte[] input, int at) {
        for (int j = 0; j < MARKER.length; j++) {
            if (input[at + j] != MARKER[j]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] input, int from, int to) {
        byte[] out = new byte[Math.max(0, to - from)];
        System.arraycopy(input, from, out, 0, out.length);
        return out;
    }
}
