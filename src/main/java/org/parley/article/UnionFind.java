package org.parley.article;

import java.util.Arrays;

/** Disjoint sets over 0..n-1 that grow as items are added; the smaller index is always the root. */
final class UnionFind {

    private int[] parent = new int[16];
    private int size;

    int add() {
        if (size == parent.length) {
            parent = Arrays.copyOf(parent, size * 2);
        }
        parent[size] = size;
        return size++;
    }

    int find(int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[i] != root) {
            int next = parent[i];
            parent[i] = root;
            i = next;
        }
        return root;
    }

    void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    int size() {
        return size;
    }
}
