package org.slant.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A study part-way through, made up with a fixed seed for browser tests and the benchmark: each document goes to k
 * annotators in turn (as a manager assigning round-robin would), and each annotator has worked through a share of
 * their documents in position order at a pace of their own: a few are nearly done, one has not begun. On the way
 * some documents were skipped; the next one or two are in progress; the rest are not started. Active time per done
 * document is mostly 4 to 12 minutes; the work spreads over the three weeks before {@code now}.
 */
public final class SyntheticProgress {

    public static final List<String> NAMES = List.of("Amara Okafor", "Ben Fischer", "Chloé Martin", "Dmytro Kovalenko",
            "Elif Yılmaz", "Farah Haddad", "Gustavo Silva", "Hana Novák", "Ines Duarte", "Jonas Berg", "Keiko Sato",
            "Lena Hoffmann", "Mateo Rossi", "Nadia Petrova", "Oskar Lindqvist", "Priya Raman", "Quentin Dubois",
            "Rosa Jiménez", "Samuel Mensah", "Tamar Cohen");

    /** One assignment: indexes into the documents (position order) and annotators; times null where not reached. */
    public record Row(int document, int annotator, String status, int activeSeconds, Instant startedAt,
            Instant finishedAt) {
    }

    private SyntheticProgress() {
    }

    public static List<Row> rows(int documents, int annotators, int k, long seed, Instant now) {
        if (k > annotators) {
            throw new IllegalArgumentException("k = " + k + " needs at least as many annotators");
        }
        Random random = new Random(seed);
        List<List<Integer>> queues = new ArrayList<>();
        for (int a = 0; a < annotators; a++) {
            queues.add(new ArrayList<>());
        }
        for (int d = 0; d < documents; d++) {
            for (int j = 0; j < k; j++) {
                queues.get((d * k + j) % annotators).add(d);
            }
        }
        Instant studyStart = now.minus(Duration.ofDays(21));
        List<Row> rows = new ArrayList<>();
        for (int a = 0; a < annotators; a++) {
            List<Integer> queue = queues.get(a);
            // the last annotator has not begun; the others spread from 10% to 95% of their documents
            double share = a == annotators - 1 ? 0 : 0.10 + 0.85 * random.nextDouble();
            int finished = (int) Math.round(share * queue.size());
            int inProgress = finished == 0 ? 0 : Math.min(queue.size() - finished, 1 + random.nextInt(2));
            double speed = 0.7 + 0.6 * random.nextDouble();
            // the last finished document was between an hour and five days ago
            Instant lastFinish = now.minus(Duration.ofMinutes(60 + random.nextInt(5 * 24 * 60)));
            Duration span = Duration.between(studyStart, lastFinish);
            for (int i = 0; i < queue.size(); i++) {
                int document = queue.get(i);
                if (i < finished) {
                    Instant finishedAt = studyStart.plus(span.multipliedBy(i + 1).dividedBy(finished));
                    boolean skip = random.nextDouble() < 0.03;
                    int seconds = skip ? 20 + random.nextInt(100) : (int) ((240 + random.nextInt(480)) * speed);
                    rows.add(new Row(document, a, skip ? "SKIPPED" : "DONE", seconds,
                            finishedAt.minusSeconds(seconds + 30), finishedAt));
                } else if (i < finished + inProgress) {
                    int seconds = random.nextInt(300);
                    rows.add(new Row(document, a, "IN_PROGRESS", seconds, lastFinish.plusSeconds(60), null));
                } else {
                    rows.add(new Row(document, a, "ASSIGNED", 0, null, null));
                }
            }
        }
        return rows;
    }
}
