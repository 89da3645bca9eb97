package org.parley.article;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an article set held when a run read it: every entry's name, size and SHA-256, so a restart
 * can tell whether the set changed since and say how, instead of resuming on other input.
 */
public final class SetContents {

    /** Past this many names of one kind, a change lists only how many more there are. */
    private static final int NAMES = 5;

    /**
     * One entry as it was read.
     *
     * @param sha256 the SHA-256 of its bytes in hex, or null for an entry listed only to be skipped
     *               (a link out of the set, a pipe) or unreadable
     */
    public record Entry(String doc, long bytes, String sha256) {
    }

    private SetContents() {
    }

    /** The entries with their digests, in set order; the bytes are read on every core. */
    public static List<Entry> of(List<ArticleEntry> entries) {
        return entries.parallelStream().map(SetContents::entry).toList();
    }

    private static Entry entry(ArticleEntry e) {
        if (e.source() instanceof ArticleEntry.Refused) {
            return new Entry(e.doc(), e.size(), null);
        }
        try {
            byte[] bytes = e.source().read();
            return new Entry(e.doc(), bytes.length, HexFormat.of().formatHex(sha256().digest(bytes)));
        } catch (IOException | RuntimeException unreadable) {
            return new Entry(e.doc(), e.size(), null); // skipped with its reason when it is read as an article
        }
    }

    /**
     * How the set changed from what was recorded to what it holds now, in words ("2 added: a.txt,
     * b.txt; 1 changed: c.txt"), or empty when it holds the same entries with the same bytes.
     */
    public static Optional<String> changes(List<Entry> recorded, List<Entry> now) {
        Map<String, Entry> before = byName(recorded);
        Map<String, Entry> after = byName(now);
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Entry e : after.values()) {
            Entry old = before.get(e.doc());
            if (old == null) {
                added.add(e.doc());
            } else if (old.bytes() != e.bytes() || !Objects.equals(old.sha256(), e.sha256())) {
                changed.add(e.doc());
            }
        }
        List<String> removed = before.keySet().stream().filter(doc -> !after.containsKey(doc)).toList();
        List<String> parts = new ArrayList<>();
        describe("added", added, parts);
        describe("removed", removed, parts);
        describe("changed", changed, parts);
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
    }

    private static void describe(String what, List<String> docs, List<String> parts) {
        if (docs.isEmpty()) {
            return;
        }
        String names = String.join(", ", docs.subList(0, Math.min(NAMES, docs.size())));
        parts.add(docs.size() + " " + what + ": " + names + (docs.size() > NAMES ? " and " + (docs.size() - NAMES) + " more" : ""));
    }

    private static Map<String, Entry> byName(List<Entry> entries) {
        Map<String, Entry> byName = new LinkedHashMap<>();
        entries.forEach(e -> byName.put(e.doc(), e));
        return byName;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
