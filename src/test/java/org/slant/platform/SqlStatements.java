package org.slant.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every statement the PostgreSQL driver sends to the server while open, from threads whose name starts with a given
 * prefix (Tomcat's request threads: {@code http-nio}), read from the driver's own protocol log ({@code FE=> Parse},
 * {@code Bind}, {@code Execute} at FINEST). No proxy of the database: what the driver really sends, BEGIN and COMMIT
 * included. For tests that hold what one request costs.
 */
public final class SqlStatements implements AutoCloseable {

    private static final Logger DRIVER = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");
    private static final Pattern PARSE = Pattern.compile(" FE=> Parse\\(stmt=([^,]*),query=\"(.*?)\",oids=",
            Pattern.DOTALL);
    private static final Pattern BIND = Pattern.compile(" FE=> Bind\\(stmt=([^,]*),");
    private static final Pattern SIMPLE = Pattern.compile(" FE=> SimpleQuery\\(query=\"(.*)\"\\)", Pattern.DOTALL);

    private final String threadPrefix;
    private final List<String> statements = new ArrayList<>();
    /** The text of named (server-prepared) statements, for their later binds without a parse. */
    private final Map<String, String> named = new HashMap<>();
    private final Map<Long, String> bound = new HashMap<>();
    private int roundTrips;
    private final Level levelBefore;
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            record(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    public SqlStatements(String threadPrefix) {
        this.threadPrefix = threadPrefix;
        levelBefore = DRIVER.getLevel();
        DRIVER.setLevel(Level.FINEST);
        DRIVER.addHandler(handler);
        // the log is for counting here, not for the application's log
        DRIVER.setUseParentHandlers(false);
    }

    private synchronized void record(LogRecord record) {
        if (!Thread.currentThread().getName().startsWith(threadPrefix)) {
            return;
        }
        String message = record.getParameters() == null ? record.getMessage()
                : java.text.MessageFormat.format(record.getMessage(), record.getParameters());
        if (System.getProperty("slant.sql.raw") != null) {
            System.out.println("RAW " + Thread.currentThread().getName() + " " + message);
        }
        long thread = Thread.currentThread().threadId();
        Matcher parse = PARSE.matcher(message);
        if (parse.lookingAt()) {
            bound.put(thread, parse.group(2));
            if (!parse.group(1).isEmpty() && !parse.group(1).equals("null")) {
                named.put(parse.group(1), parse.group(2));
            }
            return;
        }
        Matcher bind = BIND.matcher(message);
        if (bind.lookingAt()) {
            String stmt = bind.group(1);
            if (named.containsKey(stmt)) {
                bound.put(thread, named.get(stmt));
            } else if (!stmt.equals("null")) {
                // prepared on this connection before counting began: its parameters tell what it is
                bound.put(thread, "(prepared " + stmt + ") " + message.substring(bind.end()));
            }
            return;
        }
        if (message.equals(" FE=> Sync")) {
            roundTrips++;
            return;
        }
        if (message.startsWith(" FE=> Execute(")) {
            statements.add(bound.getOrDefault(thread, "?"));
            return;
        }
        Matcher simple = SIMPLE.matcher(message);
        if (simple.lookingAt()) {
            statements.add(simple.group(1));
        }
    }

    /** The statements sent so far, in order. */
    public synchronized List<String> statements() {
        return List.copyOf(statements);
    }

    /** How many times the driver waited for the server (a Sync each; BEGIN goes with the first statement). */
    public synchronized int roundTrips() {
        return roundTrips;
    }

    @Override
    public void close() {
        DRIVER.removeHandler(handler);
        DRIVER.setUseParentHandlers(true);
        DRIVER.setLevel(levelBefore);
    }
}
