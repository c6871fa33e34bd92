/* bench-project-io.c — save and load a project of 10,000 articles
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints the time and peak memory of saving and loading a generated project
 * of about 50 MB, next to Python's json.load on the same file. Each load
 * runs in a fresh process so that its peak resident size is its own.
 *
 *   bench-project-io [N_DOCUMENTS]      the whole benchmark
 *   bench-project-io --load FILE        one load, prints seconds and peak KiB
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "entente-core.h"

static const char *words[] = {
  "the", "minister", "said", "on", "Tuesday", "that", "government", "would", "support",
  "talks", "with", "its", "neighbours", "despite", "sanctions", "imposed", "by", "Washington",
  "and", "Brussels", "while", "Moscow", "condemned", "strikes", "near", "the", "border",
  "officials", "in", "Tehran", "welcomed", "agreement", "ceasefire", "ministry", "statement",
  "Ankara", "Beijing", "Kyiv", "Damascus", "Riyadh", "delegation", "summit", "résumé",
  "Zürich", "São Paulo", "Ханой", "القاهرة", "😀", "“quoted”", "—",
};

static char *
make_text (GRand *rand,
           gsize  size)
{
  GString *text = g_string_sized_new (size + 64);
  guint in_sentence = 0;

  while (text->len < size)
    {
      const char *word = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];

      g_string_append (text, word);
      if (++in_sentence > 12 && g_rand_int_range (rand, 0, 4) == 0)
        {
          g_string_append (text, g_rand_int_range (rand, 0, 5) == 0 ? ".\n\n" : ". ");
          in_sentence = 0;
        }
      else
        g_string_append_c (text, ' ');
    }
  return g_string_free (text, FALSE);
}

static EntProject *
generate (guint n_documents)
{
  EntProject *project = ent_project_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  const char *states[] = { "RUS", "IRN", "SYR", "USA", "TUR", "CHN", "UKR", "ISR", "SAU", "EGY" };

  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    {
      g_autoptr(EntActor) actor = ent_actor_new (states[i], states[i], ENT_ACTOR_KIND_STATE);
      ent_project_add_actor (project, actor);
    }

  for (guint i = 0; i < n_documents; i++)
    {
      g_autofree char *id = g_strdup_printf ("doc-%u", i + 1);
      g_autoptr(EntDocument) doc = ent_document_new_take (id, make_text (rand, 5000));
      g_autoptr(GDateTime) date = g_date_time_new_utc (2020 + i % 6, 1 + i % 12, 1 + i % 28, 12, 0, 0);

      ent_document_set_title (doc, "Ministers meet as tensions rise");
      ent_document_set_source (doc, "Entente Wire");
      ent_document_set_url (doc, "https://news.example.org/world/2024/ministers-meet");
      ent_document_set_published (doc, date);
      ent_project_add_document (project, doc);

      for (guint k = 0; k < 3; k++)
        {
          g_autofree char *st_id = ent_project_dup_new_id (project, "st");
          guint a = g_rand_int_range (rand, 0, G_N_ELEMENTS (states));
          guint b = (a + 1 + g_rand_int_range (rand, 0, G_N_ELEMENTS (states) - 1)) % G_N_ELEMENTS (states);
          g_autoptr(EntStatement) st = ent_statement_new (st_id, states[a], k == 1 ? -1 : 1, states[b]);

          ent_statement_set_cue (st, k == 1 ? "condemned" : "support");
          ent_statement_set_confidence (st, 0.8);
          ent_statement_set_evidence (st, id, 100 * k, 100 * k + 90, 100 * k + 20, 100 * k + 29);
          ent_project_add_statement (project, st);
        }
    }
  ent_project_clear_history (project);
  return project;
}

static long
peak_kib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

static int
load_once (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntProject) project = NULL;
  gint64 start = g_get_monotonic_time ();

  project = ent_project_file_load (file, NULL, &error);
  if (project == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  printf ("%.3f %ld %u\n", (g_get_monotonic_time () - start) / 1e6, peak_kib (),
          ent_project_get_n_documents (project));
  return 0;
}

static gboolean
run_child (char      **argv,
           double     *seconds,
           long       *kib)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error) ||
      sscanf (out, "%lf %ld", seconds, kib) != 2)
    {
      g_printerr ("%s: %s\n", argv[0], error ? error->message : out);
      return FALSE;
    }
  return TRUE;
}

static double
median (double *v,
        guint   n)
{
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && v[j - 1] > v[j]; j--)
      {
        double t = v[j];
        v[j] = v[j - 1];
        v[j - 1] = t;
      }
  return v[n / 2];
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(EntProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  const char *python = "import json,sys,time,resource\n"
                       "t=time.monotonic(); d=json.load(open(sys.argv[1], encoding='utf-8'))\n"
                       "print('%.3f %d' % (time.monotonic()-t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))\n";
  guint n_documents = argc > 1 ? (guint)atoi (argv[1]) : 10000;
  double ours[5], theirs[5], save_times[3];
  long our_kib = 0, their_kib = 0;
  GStatBuf st;
  const guint runs = 5;

  if (argc == 3 && g_strcmp0 (argv[1], "--load") == 0)
    return load_once (argv[2]);

  dir = g_dir_make_tmp ("entente-bench-XXXXXX", &error);
  path = g_build_filename (dir, "bench.entente", NULL);
  file = g_file_new_for_path (path);

  project = generate (n_documents);
  for (guint i = 0; i < G_N_ELEMENTS (save_times); i++)
    {
      gint64 start = g_get_monotonic_time ();

      if (!ent_project_file_save (project, file, NULL, &error))
        g_error ("%s", error->message);
      save_times[i] = (g_get_monotonic_time () - start) / 1e6;
    }
  g_stat (path, &st);

  for (guint i = 0; i < runs; i++)
    {
      char *ours_argv[] = { argv[0], (char *)"--load", path, NULL };
      char *python_argv[] = { (char *)"python3", (char *)"-c", (char *)python, path, NULL };

      if (!run_child (ours_argv, &ours[i], &our_kib) || !run_child (python_argv, &theirs[i], &their_kib))
        return 1;
    }

  printf ("project: %u documents, %u statements, file %.1f MB\n", n_documents,
          ent_project_get_n_statements (project), st.st_size / 1e6);
  printf ("save (serialise + atomic write), median of 3: %.3f s\n", median (save_times, 3));
  printf ("load, median of %u:       entente %.3f s   python3 json.load %.3f s   ratio %.2f (target <= 2)\n",
          runs, median (ours, runs), median (theirs, runs), median (ours, runs) / median (theirs, runs));
  printf ("peak resident memory:     entente %.1f MB   python3 %.1f MB   entente/file %.2f (target < 4)\n",
          our_kib / 1024.0, their_kib / 1024.0, our_kib * 1024.0 / st.st_size);

  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
