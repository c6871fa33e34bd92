/* test-project-file.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "entente-core.h"

static const char *texts[] = {
  "Moscow and Tehran back Damascus.\n\nThe United States opposes it.",
  "قالت إيران إنها تدعم سوريا. Iran said it supports Syria 😀 — “quoted”.",
  "שלום <tag> & \"quotes\" 'single'\ttab",
};

static EntProject *
build_project (void)
{
  EntProject *project = ent_project_new ();
  g_autoptr(GDateTime) published = g_date_time_new_utc (2022, 7, 19, 10, 30, 0);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *id = g_strdup_printf ("doc-%u", i + 1);
      g_autoptr(EntDocument) doc = ent_document_new (id, texts[i]);

      ent_document_set_title (doc, i == 1 ? "إيران وسوريا 😀" : "Tehran summit");
      ent_document_set_source (doc, "Entente Wire");
      ent_document_set_url (doc, i == 0 ? "https://example.org/a?x=1&y=<2>" : NULL);
      ent_document_set_published (doc, i == 0 ? published : NULL);
      ent_document_set_dateline (doc, "TEHRAN");
      ent_project_add_document (project, doc);
    }

  {
    const char *aliases[] = { "Moscow", "the Kremlin", "Росси́я", NULL };
    g_autoptr(EntActor) rus = ent_actor_new ("RUS", "Russia", ENT_ACTOR_KIND_STATE);
    g_autoptr(EntActor) syr = ent_actor_new ("SYR", "Syria \"Arab\" <Republic>", ENT_ACTOR_KIND_STATE);
    g_autoptr(EntActor) putin = ent_actor_new ("vladimir-putin", "Vladimir Putin", ENT_ACTOR_KIND_PERSON);
    g_autoptr(EntStatement) st1 = ent_statement_new ("st-1", "RUS", 1, "SYR");
    g_autoptr(EntStatement) st2 = ent_statement_new ("st-2", "vladimir-putin", -1, "SYR");

    ent_actor_set_aliases (rus, aliases);
    ent_actor_set_color (rus, "#e01b24");
    ent_actor_set_mentions (rus, 9);
    ent_actor_set_position (rus, -210.5, 12, TRUE);
    ent_actor_set_affiliation (putin, "RUS");
    ent_actor_set_role (putin, "President of Russia");
    ent_project_add_actor (project, rus);
    ent_project_add_actor (project, syr);
    ent_project_add_actor (project, putin);

    ent_statement_set_cue (st1, "back");
    ent_statement_set_confidence (st1, 0.75);
    ent_statement_set_evidence (st1, "doc-1", 0, 32, 20, 24);
    ent_statement_set_evidence (st2, "doc-2", 10, 40, 12, 16);
    ent_statement_set_note (st2, "a note with “quotes” and\nnewline");
    ent_statement_set_origin (st2, ENT_STATEMENT_ORIGIN_MANUAL);
    ent_statement_set_state (st2, ENT_STATEMENT_STATE_REJECTED);
    ent_project_add_statement (project, st1);
    ent_project_add_statement (project, st2);
  }
  return project;
}

static char *
dump (EntProject *project)
{
  g_autoptr(GBytes) bytes = ent_project_file_serialize (project);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_round_trip (void)
{
  g_autoptr(EntProject) project = build_project ();
  g_autoptr(EntProject) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("entente-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "round trip.entente", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  EntDocument *doc;
  EntActor *rus;
  EntStatement *st;

  g_assert_no_error (error);
  g_assert_true (ent_project_file_save (project, file, NULL, &error));
  g_assert_no_error (error);

  loaded = ent_project_file_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_false (ent_project_get_modified (loaded));
  g_assert_false (ent_project_get_can_undo (loaded));
  g_assert_true (g_file_equal (ent_project_get_file (loaded), file));
  g_assert_cmpuint (ent_project_get_n_documents (loaded), ==, 3);

  doc = ent_project_lookup_document (loaded, "doc-2");
  g_assert_cmpstr (ent_document_get_text (doc), ==, texts[1]);
  g_assert_cmpstr (ent_document_get_title (doc), ==, "إيران وسوريا 😀");
  doc = ent_project_lookup_document (loaded, "doc-1");
  g_assert_cmpint (g_date_time_get_year (ent_document_get_published (doc)), ==, 2022);
  g_assert_cmpstr (ent_document_get_url (doc), ==, "https://example.org/a?x=1&y=<2>");

  rus = ent_project_lookup_actor (loaded, "RUS");
  g_assert_cmpstr (ent_actor_get_aliases (rus)[2], ==, "Росси́я");
  g_assert_cmpfloat (ent_actor_get_x (rus), ==, -210.5);
  g_assert_true (ent_actor_get_pinned (rus));
  g_assert_cmpuint (ent_actor_get_mentions (rus), ==, 9);
  g_assert_cmpstr (ent_actor_get_affiliation (ent_project_lookup_actor (loaded, "vladimir-putin")), ==, "RUS");

  st = ent_project_lookup_statement (loaded, "st-2");
  g_assert_cmpint (ent_statement_get_sign (st), ==, -1);
  g_assert_cmpint (ent_statement_get_state (st), ==, ENT_STATEMENT_STATE_REJECTED);
  g_assert_cmpint (ent_statement_get_origin (st), ==, ENT_STATEMENT_ORIGIN_MANUAL);
  g_assert_cmpuint (ent_statement_get_cue_end (st), ==, 16);
  g_assert_cmpfloat (ent_statement_get_confidence (ent_project_lookup_statement (loaded, "st-1")), ==, 0.75);

  /* Saving what was loaded gives the same bytes. */
  first = dump (project);
  second = dump (loaded);
  g_assert_cmpstr (first, ==, second);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
check_bad (const char *json,
           int         code,
           const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntProject) project = ent_project_file_load_data (json, strlen (json), &error);

  g_assert_null (project);
  g_assert_error (error, ENT_PROJECT_FILE_ERROR, code);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” not in “%s” (for %s)", expected, error->message, json);
}

#define HEAD "{\"format\": \"entente-project\", \"version\": 1, "
#define DOC "{\"id\": \"d1\", \"text\": \"Iran backs Syria.\"}"
#define ACTORS "\"actors\": [{\"id\": \"IRN\", \"name\": \"Iran\", \"kind\": \"state\"}, " \
               "{\"id\": \"SYR\", \"name\": \"Syria\", \"kind\": \"state\"}]"
#define ST(extra) "\"statements\": [{\"id\": \"s1\", \"source\": \"IRN\", \"sign\": 1, " \
                  "\"target\": \"SYR\", \"origin\": \"extracted\", \"state\": \"accepted\"" extra "}]"

static void
test_malformed (void)
{
  check_bad ("", ENT_PROJECT_FILE_ERROR_SYNTAX, "line 1, column 1");
  check_bad ("{\"format\": \"entente-project\",\n \"version\": 1,,}", ENT_PROJECT_FILE_ERROR_SYNTAX,
             "line 2, column 15");
  check_bad (HEAD "\"documents\": [" DOC, ENT_PROJECT_FILE_ERROR_SYNTAX, "unterminated array");
  check_bad ("[1, 2]", ENT_PROJECT_FILE_ERROR_FORMAT, "not an Entente project");
  check_bad ("{\"format\": \"entente-network\", \"version\": 1}", ENT_PROJECT_FILE_ERROR_FORMAT,
             "not an Entente project");
  check_bad ("{\"format\": \"entente-project\", \"version\": 2}", ENT_PROJECT_FILE_ERROR_VERSION,
             "newer version of Entente (format version 2)");
  check_bad ("{\"format\": \"entente-project\", \"version\": \"1\"}", ENT_PROJECT_FILE_ERROR_INVALID,
             "version");
  check_bad (HEAD "\"documents\": {}}", ENT_PROJECT_FILE_ERROR_INVALID,
             "project.documents: expected an array, found an object");
  check_bad (HEAD "\"documents\": [{\"id\": \"d1\", \"text\": 5}]}", ENT_PROJECT_FILE_ERROR_INVALID,
             "documents[0].text: expected a string, found a number");
  check_bad (HEAD "\"documents\": [{\"id\": \"d1\"}]}", ENT_PROJECT_FILE_ERROR_INVALID,
             "documents[0]: the member “text” is missing");
  check_bad (HEAD "\"documents\": [" DOC ", " DOC "]}", ENT_PROJECT_FILE_ERROR_INVALID,
             "the id “d1” is used twice");
  check_bad (HEAD "\"documents\": [{\"id\": \"d1\", \"text\": \"x\", \"published\": \"yesterday\"}]}",
             ENT_PROJECT_FILE_ERROR_INVALID, "not an ISO 8601 date");
  check_bad (HEAD "\"actors\": [{\"id\": \"X\", \"name\": \"X\", \"kind\": \"planet\"}]}",
             ENT_PROJECT_FILE_ERROR_INVALID, "unknown actor kind “planet”");
  check_bad (HEAD "\"actors\": [{\"id\": \"X\", \"name\": \"X\", \"kind\": \"state\", \"aliases\": [1]}]}",
             ENT_PROJECT_FILE_ERROR_INVALID, "actors[0].aliases[0]: expected a string");
  check_bad (HEAD "\"actors\": [{\"id\": \"X\", \"name\": \"X\", \"kind\": \"person\", \"affiliation\": \"Y\"}]}",
             ENT_PROJECT_FILE_ERROR_INVALID, "affiliated with “Y”, which is not an actor");
  check_bad (HEAD "\"actors\": [{\"id\": \"X\", \"name\": \"\", \"kind\": \"state\"}]}",
             ENT_PROJECT_FILE_ERROR_INVALID, "the member “name” is empty");
  check_bad (HEAD ACTORS ", \"statements\": [{\"id\": \"s1\", \"source\": \"IRN\", \"sign\": 1, "
             "\"target\": \"ISR\", \"origin\": \"extracted\", \"state\": \"accepted\"}]}",
             ENT_PROJECT_FILE_ERROR_INVALID, "the target “ISR” is not an actor");
  check_bad (HEAD ACTORS ", " ST (", \"sign\": 0") "}", ENT_PROJECT_FILE_ERROR_INVALID,
             "the sign must be 1 or -1");
  check_bad (HEAD ACTORS ", " ST (", \"confidence\": 1.5") "}", ENT_PROJECT_FILE_ERROR_INVALID,
             "out of range");
  check_bad (HEAD ACTORS ", " ST (", \"document\": \"d9\", \"sentence\": [0, 3]") "}",
             ENT_PROJECT_FILE_ERROR_INVALID, "the document “d9” does not exist");
  check_bad (HEAD "\"documents\": [" DOC "], " ACTORS ", "
             ST (", \"document\": \"d1\", \"sentence\": [0, 300]") "}",
             ENT_PROJECT_FILE_ERROR_INVALID, "past the end of the document “d1” (17 characters)");
  check_bad (HEAD "\"documents\": [" DOC "], " ACTORS ", "
             ST (", \"document\": \"d1\", \"sentence\": [5, 2]") "}",
             ENT_PROJECT_FILE_ERROR_INVALID, "ends before it starts");
  check_bad (HEAD ACTORS ", " ST (", \"state\": \"maybe\"") "}", ENT_PROJECT_FILE_ERROR_INVALID,
             "unknown state “maybe”");
  check_bad (HEAD "\"documents\": [" DOC "], " ACTORS ", "
             ST (", \"document\": \"d1\", \"sentence\": [0, -1]") "}",
             ENT_PROJECT_FILE_ERROR_INVALID, "not below zero");
}

static void
test_minimal_file (void)
{
  const char *json = HEAD "\"documents\": [" DOC "], " ACTORS ", "
                     ST (", \"document\": \"d1\", \"sentence\": [0, 17]") "}";
  g_autoptr(GError) error = NULL;
  g_autoptr(EntProject) project = ent_project_file_load_data (json, strlen (json), &error);

  g_assert_no_error (error);
  g_assert_cmpuint (ent_project_get_n_statements (project), ==, 1);
}

static void
test_load_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/folder/p.entente");
  g_autoptr(GError) error = NULL;
  g_autoptr(EntProject) project = ent_project_file_load (file, NULL, &error);

  g_assert_null (project);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* The old file must survive a save that fails half-way: a file size
 * limit makes write() fail with EFBIG, as a full disk would, even as root.
 * The limit is set in a subprocess, which checks the file itself: the
 * parent only sees the outcome. */
static void
test_atomic_save (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = g_dir_make_tmp ("entente-XXXXXX", &error);
      g_autofree char *path = g_build_filename (dir, "p.entente", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(EntProject) project = build_project ();
      g_autoptr(GString) big = g_string_new (NULL);
      g_autoptr(EntDocument) doc = NULL;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autoptr(GDir) listing = NULL;
      struct rlimit limit;

      g_assert_true (ent_project_file_save (project, file, NULL, &error));
      g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

      signal (SIGXFSZ, SIG_IGN);
      for (guint i = 0; i < 2000; i++)
        g_string_append (big, "Russia and Iran back Syria. ");
      doc = ent_document_new ("doc-big", big->str);
      ent_project_add_document (project, doc);
      /* Room for the old file, not for the new one. */
      limit.rlim_cur = limit.rlim_max = strlen (before) + 64;
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      g_assert_false (ent_project_file_save (project, file, NULL, &error));
      g_printerr ("%s\n", error->message);

      g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
      g_assert_cmpstr (before, ==, after);
      listing = g_dir_open (dir, 0, NULL);
      g_assert_cmpstr (g_dir_read_name (listing), ==, "p.entente");
      g_assert_null (g_dir_read_name (listing));
      g_unlink (path);
      g_rmdir (dir);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*Could not save*p.entente*");
}

static void
async_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  *(GAsyncResult **)user_data = g_object_ref (result);
}

static void
test_async (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("entente-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "async.entente", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(EntProject) project = build_project ();
  g_autoptr(EntProject) loaded = NULL;
  GAsyncResult *result = NULL;

  ent_project_file_save_async (project, file, NULL, async_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (ent_project_file_save_finish (result, &error));
  g_assert_no_error (error);
  g_clear_object (&result);

  ent_project_file_load_async (file, NULL, async_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  loaded = ent_project_file_load_finish (result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ent_project_get_n_actors (loaded), ==, 3);
  g_clear_object (&result);

  g_unlink (path);
  g_rmdir (dir);
}

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static gboolean
save_text (const char  *path,
           const char  *text,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return ent_write_file_atomically (file, bytes, NULL, error);
}

/* An atomic save renames a new file into place: it must not turn a link
 * into a plain file (the link's target gets the contents), nor a pipe, a
 * device or a folder into a file (refused, naming the problem). */
static void
test_save_through_links (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("entente-XXXXXX", &error);
  g_autofree char *real = g_build_filename (dir, "real.svg", NULL);
  g_autofree char *link = g_build_filename (dir, "link.svg", NULL);
  g_autofree char *chain = g_build_filename (dir, "chain.svg", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling.svg", NULL);
  g_autofree char *loop = g_build_filename (dir, "loop.svg", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe.svg", NULL);
  g_autofree char *created = g_build_filename (dir, "new.svg", NULL);
  g_autofree char *text = NULL;
  GStatBuf st;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (real, "old", -1, NULL));
  g_assert_cmpint (symlink ("real.svg", link), ==, 0);
  g_assert_cmpint (symlink (link, chain), ==, 0);
  g_assert_cmpint (symlink ("new.svg", dangling), ==, 0);
  g_assert_cmpint (symlink ("loop.svg", loop), ==, 0);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);

  /* Through a relative link, then a chain of two. */
  g_assert_true (save_text (link, "one", &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  text = read_text (real);
  g_assert_cmpstr (text, ==, "one");
  g_clear_pointer (&text, g_free);
  g_assert_true (save_text (chain, "two", &error));
  g_assert_cmpint (g_lstat (chain, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  text = read_text (real);
  g_assert_cmpstr (text, ==, "two");
  g_clear_pointer (&text, g_free);

  /* A dangling link creates the file it names. */
  g_assert_true (save_text (dangling, "three", &error));
  text = read_text (created);
  g_assert_cmpstr (text, ==, "three");

  g_assert_false (save_text (loop, "x", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS);
  g_assert_nonnull (strstr (error->message, "loop.svg"));
  g_clear_error (&error);

  g_assert_false (save_text (fifo, "x", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_nonnull (strstr (error->message, "pipe.svg"));
  g_clear_error (&error);
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));

  g_assert_false (save_text ("/dev/null", "x", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);
  g_assert_cmpint (g_lstat ("/dev/null", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));

  g_assert_false (save_text (dir, "x", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);

  for (const char *const *p = (const char *const[]) { real, link, chain, dangling, loop, fifo, created, NULL }; *p; p++)
    g_unlink (*p);
  g_rmdir (dir);
}

/* A save copies the project where it is made and writes the copy later,
 * elsewhere: edits made in between are not in it, and the copy writes the
 * same bytes as the project would. */
static void
test_snapshot (void)
{
  g_autoptr(EntProject) project = build_project ();
  g_autofree char *before = dump (project);
  EntProjectSnapshot *snapshot = ent_project_snapshot_new (project);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *written = NULL;
  g_autofree char *after = NULL;
  EntActor *rus = ent_project_lookup_actor (project, "RUS");
  GListModel *statements = ent_project_get_statements (project);
  g_autoptr(EntStatement) st = g_list_model_get_item (statements, 0);

  ent_project_rename_actor (project, rus, "Russian Federation");
  ent_project_remove_statement (project, st);
  bytes = ent_project_snapshot_serialize (snapshot);
  ent_project_snapshot_free (snapshot);
  written = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  after = dump (project);

  g_assert_cmpstr (written, ==, before);
  g_assert_cmpstr (after, !=, before);
  g_assert_nonnull (strstr (after, "Russian Federation"));
  g_assert_null (strstr (written, "Russian Federation"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/entente/project-file/round-trip", test_round_trip);
  g_test_add_func ("/entente/project-file/malformed", test_malformed);
  g_test_add_func ("/entente/project-file/minimal", test_minimal_file);
  g_test_add_func ("/entente/project-file/missing", test_load_missing_file);
  g_test_add_func ("/entente/project-file/atomic-save", test_atomic_save);
  g_test_add_func ("/entente/project-file/async", test_async);
  g_test_add_func ("/entente/project-file/save-through-links", test_save_through_links);
  g_test_add_func ("/entente/project-file/snapshot", test_snapshot);

  return g_test_run ();
}
