package nl.onderop.matching.engine;

import java.util.Arrays;

/** A growable list of ints without boxing. */
final class IntList {

    private int[] values;
    private int size;

    IntList(int capacity) {
        values = new int[Math.max(4, capacity)];
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length + (values.length >> 1) + 1);
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    void set(int index, int value) {
        values[index] = value;
    }

    void swap(int i, int j) {
        int value = values[i];
        values[i] = values[j];
        values[j] = value;
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }
}
