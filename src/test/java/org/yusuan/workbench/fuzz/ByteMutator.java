package org.yusuan.workbench.fuzz;

import java.util.Arrays;
import java.util.Random;

/** Mutations that know nothing of the format: flips, truncation, splices, like a damaged download. */
final class ByteMutator {

    private static final byte[] INTERESTING = {0, -1, 0x7f, (byte) 0x80, 0x01, '<', '>', '"', '&', '\n', ','};

    private ByteMutator() {
    }

    record Mutated(byte[] bytes, String label) {
    }

    static Mutated mutate(byte[] in, byte[] other, Random random) {
        if (in.length == 0) {
            return new Mutated(new byte[] {(byte) random.nextInt(256)}, "byte into empty");
        }
        byte[] out;
        switch (random.nextInt(8)) {
            case 0 -> {
                out = in.clone();
                int flips = 1 + random.nextInt(8);
                for (int i = 0; i < flips; i++) {
                    int at = random.nextInt(out.length);
                    out[at] ^= (byte) (1 << random.nextInt(8));
                }
                return new Mutated(out, "bit flips x" + flips);
            }
            case 1 -> {
                return new Mutated(Arrays.copyOf(in, random.nextInt(in.length)), "truncate");
            }
            case 2 -> {
                out = in.clone();
                out[random.nextInt(out.length)] = INTERESTING[random.nextInt(INTERESTING.length)];
                return new Mutated(out, "interesting byte");
            }
            case 3 -> {
                int from = random.nextInt(in.length);
                int len = Math.min(in.length - from, 1 + random.nextInt(256));
                return new Mutated(concat(Arrays.copyOf(in, from), Arrays.copyOfRange(in, from + len, in.length)), "delete range");
            }
            case 4 -> {
                int from = random.nextInt(in.length);
                int len = Math.min(in.length - from, 1 + random.nextInt(256));
                byte[] chunk = Arrays.copyOfRange(in, from, from + len);
                int at = random.nextInt(in.length);
                return new Mutated(concat(concat(Arrays.copyOf(in, at), chunk), Arrays.copyOfRange(in, at, in.length)),
                        "duplicate range");
            }
            case 5 -> {
                byte[] junk = new byte[1 + random.nextInt(64)];
                random.nextBytes(junk);
                int at = random.nextInt(in.length);
                return new Mutated(concat(concat(Arrays.copyOf(in, at), junk), Arrays.copyOfRange(in, at, in.length)),
                        "insert random");
            }
            case 6 -> {
                if (other == null || other.length == 0) {
                    return new Mutated(Arrays.copyOf(in, random.nextInt(in.length)), "truncate");
                }
                int head = random.nextInt(in.length);
                int tail = random.nextInt(other.length);
                return new Mutated(concat(Arrays.copyOf(in, head), Arrays.copyOfRange(other, tail, other.length)), "splice");
            }
            default -> {
                // A 32-bit field set to an extreme: sizes, offsets and counts in zip headers.
                out = in.clone();
                int at = random.nextInt(Math.max(1, out.length - 4));
                int v = random.nextBoolean() ? -1 : 0x7fffffff;
                for (int i = 0; i < 4 && at + i < out.length; i++) {
                    out[at + i] = (byte) (v >>> (8 * i));
                }
                return new Mutated(out, "extreme int32");
            }
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
