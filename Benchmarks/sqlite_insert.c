/*
 * The peer of the lab benchmark's writer: SQLite's own insert speed on this machine, from C,
 * for rows shaped like recording schema 5's patient_rows (18 small integers, some NULL),
 * in one transaction per replication, 32 rows per INSERT, WAL, synchronous = NORMAL, and
 * no mutex (SQLITE_OPEN_NOMUTEX). It shows how close madoguchi's writer comes to what
 * SQLite can do at all, and whether any writer could record a run in under 2× its time.
 *
 * usage: sqlite_insert --rows N --per-transaction K --runs R --file PATH
 * prints: sqlite_c rows=N per_transaction=K rows_per_sec=… (median of R runs)
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum { COLUMNS = 18, BATCH = 32 };

static const char *schema =
    "CREATE TABLE patient_rows (run_id INTEGER NOT NULL, replication INTEGER NOT NULL,"
    " patient_id INTEGER NOT NULL, path INTEGER NOT NULL, visit INTEGER NOT NULL, method INTEGER NOT NULL,"
    " arrival_ms INTEGER NOT NULL, reader_start_ms INTEGER, reader_end_ms INTEGER, desk_queue_entry_ms INTEGER,"
    " service_start_ms INTEGER, service_end_ms INTEGER, fault_bits INTEGER NOT NULL,"
    " recovery_start_ms INTEGER, recovery_end_ms INTEGER, outcome INTEGER NOT NULL, decision_errors INTEGER NOT NULL,"
    " wait_ms INTEGER)";

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static void check(int code, sqlite3 *db, const char *what) {
    if (code != SQLITE_OK && code != SQLITE_DONE) {
        fprintf(stderr, "sqlite_insert: %s: %s\n", what, sqlite3_errmsg(db));
        exit(1);
    }
}

static sqlite3_stmt *prepare(sqlite3 *db, int rows) {
    char sql[8192] = "INSERT INTO patient_rows VALUES ";
    for (int r = 0; r < rows; r++) {
        strcat(sql, r ? ",(" : "(");
        for (int c = 0; c < COLUMNS; c++) strcat(sql, c ? ",?" : "?");
        strcat(sql, ")");
    }
    sqlite3_stmt *s;
    check(sqlite3_prepare_v2(db, sql, -1, &s, NULL), db, "prepare");
    return s;
}

/* One patient, with the magnitudes of a clinic day: times up to ~4 h in ms, a third of the
 * patients without a reader, one in ten with a fault and its recovery. */
static void bind(sqlite3_stmt *s, int o, long replication, long id) {
    long arrival = (id * 82231 + replication * 17) % 14400000;
    int reader = id % 3 != 0, fault = id % 10 == 0;
    sqlite3_bind_int64(s, o + 1, 1);
    sqlite3_bind_int64(s, o + 2, replication);
    sqlite3_bind_int64(s, o + 3, id);
    sqlite3_bind_int64(s, o + 4, id % 5);
    sqlite3_bind_int64(s, o + 5, id % 2);
    sqlite3_bind_int64(s, o + 6, id % 6);
    sqlite3_bind_int64(s, o + 7, arrival);
    if (reader) { sqlite3_bind_int64(s, o + 8, arrival + 1234); sqlite3_bind_int64(s, o + 9, arrival + 48765); }
    else { sqlite3_bind_null(s, o + 8); sqlite3_bind_null(s, o + 9); }
    sqlite3_bind_int64(s, o + 10, arrival + 48765);
    sqlite3_bind_int64(s, o + 11, arrival + 612345);
    sqlite3_bind_int64(s, o + 12, arrival + 734567);
    sqlite3_bind_int64(s, o + 13, fault ? 4 : 0);
    if (fault) { sqlite3_bind_int64(s, o + 14, arrival + 50000); sqlite3_bind_int64(s, o + 15, arrival + 734567); }
    else { sqlite3_bind_null(s, o + 14); sqlite3_bind_null(s, o + 15); }
    sqlite3_bind_int64(s, o + 16, fault ? 2 : 0);
    sqlite3_bind_int64(s, o + 17, 0);
    sqlite3_bind_int64(s, o + 18, 48765 + 123456);
}

static double one_run(const char *path, long rows, long per) {
    const char *suffixes[] = {"", "-wal", "-shm"};
    for (int i = 0; i < 3; i++) {
        char name[4096];
        snprintf(name, sizeof name, "%s%s", path, suffixes[i]);
        unlink(name);
    }
    sqlite3 *db;
    check(sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL), db, "open");
    check(sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL", NULL, NULL, NULL), db, "pragma");
    check(sqlite3_exec(db, schema, NULL, NULL, NULL), db, "schema");
    sqlite3_stmt *batch = prepare(db, BATCH), *single = prepare(db, 1);
    double start = now();
    for (long first = 0, replication = 0; first < rows; first += per, replication++) {
        long n = rows - first < per ? rows - first : per;
        check(sqlite3_exec(db, "BEGIN", NULL, NULL, NULL), db, "begin");
        for (long k = 0; k < n;) {
            int m = n - k >= BATCH ? BATCH : 1;
            sqlite3_stmt *s = m == BATCH ? batch : single;
            for (int j = 0; j < m; j++) bind(s, j * COLUMNS, replication, k + j);
            check(sqlite3_step(s), db, "insert");
            sqlite3_reset(s);
            k += m;
        }
        check(sqlite3_exec(db, "COMMIT", NULL, NULL, NULL), db, "commit");
    }
    sqlite3_finalize(batch);
    sqlite3_finalize(single);
    check(sqlite3_close(db), db, "close");
    return now() - start;
}

static int by_value(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    long rows = 175291, per = 175, runs = 5;
    const char *path = "sqlite_insert.sqlite";
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--rows")) rows = atol(argv[i + 1]);
        else if (!strcmp(argv[i], "--per-transaction")) per = atol(argv[i + 1]);
        else if (!strcmp(argv[i], "--runs")) runs = atol(argv[i + 1]);
        else if (!strcmp(argv[i], "--file")) path = argv[i + 1];
        else { fprintf(stderr, "sqlite_insert: unknown option %s; expected --rows, --per-transaction, --runs or --file\n", argv[i]); return 2; }
    }
    if (rows < 1 || per < 1 || runs < 1 || runs > 99) { fprintf(stderr, "sqlite_insert: --rows, --per-transaction and --runs (at most 99) must be positive\n"); return 2; }
    double seconds[99];
    for (long r = 0; r < runs; r++) seconds[r] = one_run(path, rows, per);
    qsort(seconds, runs, sizeof seconds[0], by_value);
    printf("sqlite_c rows=%ld per_transaction=%ld seconds=%.3f rows_per_sec=%.0f\n", rows, per, seconds[runs / 2], rows / seconds[runs / 2]);
    return 0;
}
