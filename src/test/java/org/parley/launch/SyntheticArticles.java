package org.parley.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Many distinct articles for tests that need a long run: each reports one of three meetings of one
 * week and draws its own mix of sentences and quotes from a small vocabulary with a fixed seed, so
 * no two are copies, the run finds rounds of talks, and every run is the same.
 */
public final class SyntheticArticles {

    private static final List<String> PEOPLE = List.of("Anja Reswick", "Tomas Vell", "Mara Osk", "Piet Lunde",
            "Ines Caldo", "Oskar Brant");
    private static final List<String> TOPICS = List.of("troop withdrawals", "a prisoner exchange", "grain exports",
            "the ceasefire line", "sanctions relief", "arms inspections", "border crossings", "fishing rights");
    private static final List<String> VERBS = List.of("said", "told reporters", "insisted", "warned");
    /** Three meetings of one week: city, forum, weekday, date. */
    private static final List<String[]> MEETINGS = List.of(
            new String[] {"Geneva", "Harbour Talks", "Monday", "2026-03-02"},
            new String[] {"Vienna", "Joint Commission", "Wednesday", "2026-03-04"},
            new String[] {"Oslo", "Harbour Talks", "Thursday", "2026-03-05"});

    private SyntheticArticles() {
    }

    /** Writes {@code count} articles as .txt files into the folder. */
    public static void write(Path folder, int count, long seed) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            String[] meeting = MEETINGS.get(i % MEETINGS.size());
            String date = meeting[3];
            StringBuilder body = new StringBuilder("Negotiators met in " + meeting[0] + " on " + meeting[2]
                    + " for the " + meeting[1] + ", officials said, and dispatch " + i + " reports what was said.\n\n");
            for (int p = 0; p < 6; p++) {
                body.append(paragraph(random, i, p)).append("\n\n");
            }
            Files.writeString(folder.resolve(String.format("article-%04d.txt", i)),
                    "---\ndate: " + date + "\nsource: Desk " + (i % 7) + "\n---\nDispatch " + i + " on "
                            + pick(random, TOPICS) + "\n\n" + body);
        }
    }

    private static String paragraph(Random random, int article, int paragraph) {
        String person = pick(random, PEOPLE);
        String topic = pick(random, TOPICS);
        return "\"We will not move on " + topic + " until item " + article + "-" + paragraph + " is settled,\" "
                + person + " " + pick(random, VERBS) + ". Officials said talks on " + pick(random, TOPICS)
                + " would continue for " + (2 + random.nextInt(9)) + " more days, and " + person.split(" ")[1]
                + " added that " + pick(random, TOPICS) + " remained open.";
    }

    private static String pick(Random random, List<String> list) {
        return list.get(random.nextInt(list.size()));
    }
}
