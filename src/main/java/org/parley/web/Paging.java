package org.parley.web;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The {@code ?limit=} and {@code ?before=} of a list that is newest first, read from the query's
 * text: a JAX-RS {@code int} parameter answers a value that is not a number with a bare 404, these
 * with a 400 that names the parameter ({@link IllegalArgumentException}, see {@link ErrorMappers}).
 */
final class Paging {

    /** How many executions or runs a list gives when no limit is asked for. */
    static final int DEFAULT_LIMIT = 20;
    /** The most executions or runs one list gives; a larger limit is read as this. */
    static final int MAX_LIMIT = 500;

    private Paging() {
    }

    /** The limit asked for: {@code fallback} when none is, {@code max} when more is; not a whole number from 1 up is refused. */
    static int limit(String value, int fallback, int max) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        // at most nine digits: an int, and far past any max
        if (!value.matches("\\d{1,9}") || Integer.parseInt(value) < 1) {
            throw new IllegalArgumentException("limit must be a whole number of 1 or more (more than " + max
                    + " is read as " + max + "), not " + quoted(value));
        }
        return Math.min(Integer.parseInt(value), max);
    }

    /** The id a page lists below; {@link Long#MAX_VALUE} (the first page) when none is asked for. */
    static long before(String value) {
        if (value == null || value.isEmpty()) {
            return Long.MAX_VALUE;
        }
        if (!value.matches("\\d{1,18}")) {
            throw new IllegalArgumentException("before must be an execution id, not " + quoted(value));
        }
        return Long.parseLong(value);
    }

    /** Up to {@code limit} items of a list in descending id order, those whose id is below {@code before}. */
    static <T> Page<T> page(List<T> newestFirst, ToLongFunction<T> id, long before, int limit) {
        List<T> below = newestFirst.stream().filter(item -> id.applyAsLong(item) < before).toList();
        List<T> items = below.subList(0, Math.min(limit, below.size()));
        Long next = below.size() > limit ? id.applyAsLong(items.get(items.size() - 1)) : null;
        return new Page<>(items, next);
    }

    /**
     * One page of a list.
     *
     * @param items the page's items
     * @param next  the {@code before} of the next page; null when this page is the last
     */
    record Page<T>(List<T> items, Long next) {
    }

    private static String quoted(String value) {
        return "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
    }
}
