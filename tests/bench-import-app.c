/* bench-import-app.c — imports 1,000 articles from disk into a real
 * window, as Open does, and measures the total time and how long the main
 * loop was blocked at a stretch: a high-priority 1 ms timeout notes the
 * gap between its runs, and a tick callback the gap between frames. Needs
 * a display (run it under xvfb-run). Prints figures; asserts nothing about
 * timings. On a loaded machine the wall-clock gaps include the time the
 * main thread waited for a core, so the main thread's own CPU time between
 * two runs of the timer is printed too: that is the work that blocked it.
 * The window is shown for a second before the import, and the probes run
 * from the start of the import to a second after its end.
 *
 * With --frame-cost, the window is then redrawn a hundred times for a
 * change of one label, and the time a frame takes is printed: the main
 * thread's, and that of the process's other threads (a software GL
 * renderer, such as Mesa's llvmpipe, draws in threads of its own).
 *
 * The window draws with the renderer the application would choose: GTK's
 * cairo renderer when the display's GL is software (ent-renderer.c),
 * unless GSK_RENDERER names another; the first line printed says which.
 *
 *   bench-import-app [--articles N] [--frame-cost] [CORPUS_DIR]
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <sys/resource.h>
#include <time.h>

#include "ent-project-file.h"
#include "ent-renderer.h"
#include "ent-window-private.h"

#define BLOCK_LIMIT_US (50 * 1000)
#define AFTER_IMPORT_MS 1000

typedef struct
{
  gint64  last;
  gint64  longest;
  guint   over_limit;
  GArray *gaps;   /* gint64, µs */
} Probe;

/* Where the main thread's time goes: the handlers of one project change,
 * and one frame's layout and painting (thread CPU time, µs). */
typedef struct
{
  gint64 started;
  gint64 last;
  gint64 longest;
  gint64 total;
  guint  count;
} Span;

static Span change_span;
static Span frame_span;
static Span update_span;
static Span layout_span;
static Span paint_span;

static EntWindow *bench_window;
static gint64 read_at;
static Probe timer_probe;
static Probe timer_cpu_probe;
static Probe frame_probe;

/* The calling thread's CPU time, in µs. */
static gint64
thread_cpu_time (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

/* The CPU time of all the process's threads, in µs. */
static gint64
process_cpu_time (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return ((gint64) usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * G_USEC_PER_SEC +
         usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
}

/* How long the calling thread has waited for a core, in µs (Linux). */
static gint64
thread_wait_time (void)
{
  g_autofree char *text = NULL;
  unsigned long long run = 0, wait = 0;

  if (g_file_get_contents ("/proc/thread-self/schedstat", &text, NULL, NULL))
    sscanf (text, "%llu %llu", &run, &wait);
  return (gint64) (wait / 1000);
}

static void
probe_note (Probe *probe,
            gint64 now)
{
  gint64 gap;

  if (probe->last != 0)
    {
      gap = now - probe->last;
      probe->longest = MAX (probe->longest, gap);
      probe->over_limit += gap > BLOCK_LIMIT_US;
      g_array_append_val (probe->gaps, gap);
    }
  probe->last = now;
}

static void
span_begin (Span *span)
{
  span->started = thread_cpu_time ();
}

/* A span begun and not ended in the same frame (a frame without a paint
 * phase) is dropped: see frame_begins(). */
static void
span_end (Span *span)
{
  gint64 took;

  if (span->started == 0)
    return;
  took = thread_cpu_time () - span->started;
  span->started = 0;
  span->last = took;
  span->longest = MAX (span->longest, took);
  span->total += took;
  span->count++;
}

static void
print_span (const char *name,
            Span       *span)
{
  g_print ("%-26s %7u times    longest %7.1f ms  mean  %6.1f ms (main thread CPU time)\n",
           name, span->count, span->longest / 1000.0,
           span->count ? span->total / 1000.0 / span->count : 0.0);
}

/* Emission hooks run before every handler of a signal without a class
 * handler, such as EntProject::changed. */
static gboolean
change_begin_hook (GSignalInvocationHint *hint,
                   guint                  n_values,
                   const GValue          *values,
                   gpointer               data)
{
  span_begin (data);
  return TRUE;
}

static void
phase_cb (GdkFrameClock *clock,
          Span         **spans)
{
  if (spans[0] != NULL)
    span_end (spans[0]);
  if (spans[1] != NULL)
    span_begin (spans[1]);
}

static void
connect_phase (GdkFrameClock *clock,
               const char    *signal,
               Span          *ending,
               Span          *beginning)
{
  Span **spans = g_new (Span *, 2);

  spans[0] = ending;
  spans[1] = beginning;
  g_signal_connect_data (clock, signal, G_CALLBACK (phase_cb), spans,
                         (GClosureNotify) (void (*) (void)) g_free, G_CONNECT_AFTER);
}

/* With ENT_BENCH_BLOCKS, a long frame is printed with its phases. */
static void
frame_ends (void)
{
  const char *limit = g_getenv ("ENT_BENCH_BLOCKS");

  if (limit != NULL && frame_span.last > g_ascii_strtoll (limit, NULL, 10) * 1000)
    g_print ("frame of %.1f ms CPU ended at %.6f: update %.1f, layout %.1f, paint %.1f ms\n",
             frame_span.last / 1000.0, g_get_monotonic_time () / 1e6,
             update_span.last / 1000.0, layout_span.last / 1000.0, paint_span.last / 1000.0);
}

static void
frame_begins (void)
{
  update_span.started = layout_span.started = paint_span.started = 0;
  update_span.last = layout_span.last = paint_span.last = 0;
}

static void
watch_spans (EntWindow *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  EntProject *project = ent_window_get_project (window);

  /* Before the first handler of ::changed, and after the last. */
  g_signal_add_emission_hook (g_signal_lookup ("changed", ENT_TYPE_PROJECT), 0,
                              change_begin_hook, &change_span, NULL);
  g_signal_connect_data (project, "changed", G_CALLBACK (span_end), &change_span, NULL,
                         G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_swapped (clock, "update", G_CALLBACK (span_begin), &frame_span);
  g_signal_connect_swapped (clock, "after-paint", G_CALLBACK (span_end), &frame_span);
  g_signal_connect (clock, "after-paint", G_CALLBACK (frame_ends), NULL);
  /* The phases of a frame: ticks and animations, size allocation, and
   * snapshot with rendering. GTK's handlers of each phase run before
   * these, which are connected after: each phase ends where the next
   * begins. */
  g_signal_connect (clock, "before-paint", G_CALLBACK (frame_begins), NULL);
  connect_phase (clock, "before-paint", NULL, &update_span);
  connect_phase (clock, "update", &update_span, &layout_span);
  connect_phase (clock, "layout", &layout_span, &paint_span);
  connect_phase (clock, "paint", &paint_span, NULL);
}

/* With ENT_BENCH_BLOCKS set, each block over the limit is printed with
 * the CLOCK_MONOTONIC time it ended at, in seconds: `perf record -k mono`
 * then shows what ran in it (`perf script --time START,END`). So is each
 * wall-clock gap over the limit, with the main thread's own CPU time in
 * it and the time it waited for a core: what is left, it slept (in a
 * renderer waiting for its threads, for instance). */
static void
note_block (gint64 now,
            gint64 wall_before,
            gint64 cpu_before)
{
  static gint64 wait_before;
  gint64 cpu = timer_cpu_probe.last - cpu_before;
  const char *limit = g_getenv ("ENT_BENCH_BLOCKS");
  gint64 limit_us, wait;

  if (limit == NULL)
    return;
  /* ENT_BENCH_BLOCKS=30 prints those over 30 ms. */
  limit_us = MAX (g_ascii_strtoll (limit, NULL, 10) * 1000, BLOCK_LIMIT_US / 50);
  wait = thread_wait_time ();
  if (cpu_before != 0 && cpu > limit_us)
    g_print ("block of %.1f ms CPU ended at %.6f\n", cpu / 1000.0, now / 1e6);
  if (wall_before != 0 && now - wall_before > limit_us)
    g_print ("gap of %.1f ms (own CPU %.1f, waiting for a core %.1f) ended at %.6f\n",
             (now - wall_before) / 1000.0, cpu / 1000.0, (wait - wait_before) / 1000.0,
             now / 1e6);
  wait_before = wait;
}

static gboolean
timer_cb (gpointer data)
{
  gint64 now = g_get_monotonic_time ();
  gint64 wall_before = timer_probe.last, cpu_before = timer_cpu_probe.last;

  probe_note (&timer_probe, now);
  probe_note (&timer_cpu_probe, thread_cpu_time ());
  note_block (now, wall_before, cpu_before);
  if (bench_window != NULL && read_at == 0 && bench_window->opening_file == NULL &&
      g_queue_is_empty (&bench_window->open_queue))
    read_at = now;
  return G_SOURCE_CONTINUE;
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  gint64 now = g_get_monotonic_time (), last = frame_probe.last;

  probe_note (&frame_probe, now);
  if (last != 0 && now - last > BLOCK_LIMIT_US && g_getenv ("ENT_BENCH_BLOCKS") != NULL)
    g_print ("frame gap of %.1f ms ended at %.6f\n", (now - last) / 1000.0, now / 1e6);
  return G_SOURCE_CONTINUE;
}

#define FRAME_COST_SKIP 20
#define FRAME_COST_FRAMES 100

typedef struct
{
  guint  frames;
  gint64 wall;
  gint64 cpu;
  gint64 process_cpu;
} FrameCost;

static gboolean
frame_cost_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       data)
{
  FrameCost *cost = data;
  g_autofree char *subtitle = NULL;

  cost->frames++;
  if (cost->frames == FRAME_COST_SKIP)
    {
      cost->wall = g_get_monotonic_time ();
      cost->cpu = thread_cpu_time ();
      cost->process_cpu = process_cpu_time ();
    }
  else if (cost->frames == FRAME_COST_SKIP + FRAME_COST_FRAMES)
    {
      gint64 cpu = thread_cpu_time () - cost->cpu;

      g_print ("Redrawing the window for one label: %.1f ms a frame (wall clock), "
               "main thread %.1f ms CPU, other threads %.1f ms CPU\n",
               (g_get_monotonic_time () - cost->wall) / 1000.0 / FRAME_COST_FRAMES,
               cpu / 1000.0 / FRAME_COST_FRAMES,
               (process_cpu_time () - cost->process_cpu - cpu) / 1000.0 / FRAME_COST_FRAMES);
      return G_SOURCE_REMOVE;
    }
  subtitle = g_strdup_printf ("%u", cost->frames);
  adw_window_title_set_subtitle (ENT_WINDOW (widget)->window_title, subtitle);
  return G_SOURCE_CONTINUE;
}

/* Redraws @window for a change of its subtitle, frame after frame, and
 * prints what a frame took. */
static void
measure_frame_cost (EntWindow *window)
{
  FrameCost cost = { 0 };

  gtk_widget_add_tick_callback (GTK_WIDGET (window), frame_cost_cb, &cost, NULL);
  while (cost.frames < FRAME_COST_SKIP + FRAME_COST_FRAMES)
    g_main_context_iteration (NULL, TRUE);
}

static int
compare_gaps (gconstpointer a,
              gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static void
print_probe (const char *name,
             Probe      *probe)
{
  gint64 p99 = 0, p999 = 0;

  if (probe->gaps->len > 0)
    {
      g_array_sort (probe->gaps, compare_gaps);
      p99 = g_array_index (probe->gaps, gint64, probe->gaps->len * 99 / 100);
      p999 = g_array_index (probe->gaps, gint64, probe->gaps->len * 999 / 1000);
    }
  g_print ("%-26s %7u samples  longest %7.1f ms  p99.9 %6.1f ms  p99 %6.1f ms  over 50 ms: %u\n",
           name, probe->gaps->len, probe->longest / 1000.0, p999 / 1000.0, p99 / 1000.0,
           probe->over_limit);
}

/* Writes @n articles, cycling through the corpus, each made unique by a
 * closing line so that none is a duplicate of another. */
static GPtrArray *
write_articles (const char *corpus,
                const char *dir,
                guint       n)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) folder = g_dir_open (corpus, 0, NULL);
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);
  const char *name;

  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = g_build_filename (corpus, name, NULL);
      char *text;

      if (g_str_has_suffix (name, ".txt") && g_file_get_contents (path, &text, NULL, NULL))
        g_ptr_array_add (texts, text);
    }
  if (texts->len == 0)
    g_error ("No articles (*.txt) in %s", corpus);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = g_strdup_printf ("%s\nReference %04u.\n",
                                               (char *) g_ptr_array_index (texts, i % texts->len),
                                               i);
      g_autofree char *file_name = g_strdup_printf ("article-%04u.txt", i);
      g_autofree char *path = g_build_filename (dir, file_name, NULL);

      if (!g_file_set_contents (path, text, -1, NULL))
        g_error ("Could not write %s", path);
      g_ptr_array_add (files, g_file_new_for_path (path));
    }

  return files;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;

  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_dir (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static gboolean
settled_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
settle (guint ms)
{
  gboolean settled = FALSE;

  g_timeout_add (ms, settled_cb, &settled);
  while (!settled)
    g_main_context_iteration (NULL, TRUE);
}

/* Shows the window and lets it draw its first frames and finish starting
 * up, as a user sees it before choosing Open. */
static void
show_and_settle (GtkWidget *widget)
{
  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);
  settle (1000);
}

int
main (int   argc,
      char *argv[])
{
  guint n_articles = 1000;
  gboolean frame_cost = FALSE;
  const char *corpus = SOURCE_CORPUS_DIR;
  const char *renderer_choice;
  g_autofree char *gl_name = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GPtrArray) files = NULL;
  EntWindow *window;
  EntProject *project;
  gint64 start, end, cpu_start, choose_time;
  guint timer;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--articles") && i + 1 < argc)
        n_articles = (guint) g_ascii_strtoull (argv[++i], NULL, 10);
      else if (g_str_equal (argv[i], "--frame-cost"))
        frame_cost = TRUE;
      else
        corpus = argv[i];
    }

  /* Autosaves of the unsaved project go to the temporary folder too. */
  dir = g_dir_make_tmp ("entente-bench-XXXXXX", NULL);
  g_setenv ("XDG_STATE_HOME", dir, TRUE);

  gtk_disable_setlocale ();
  if (!gtk_init_check ())
    {
      g_printerr ("bench-import-app needs a display: run it under xvfb-run\n");
      return 77;
    }
  adw_init ();
  /* The renderer the application would choose (ent-renderer.c). */
  choose_time = g_get_monotonic_time ();
  renderer_choice = ent_renderer_choose (gdk_display_get_default ());
  choose_time = g_get_monotonic_time () - choose_time;
  {
    /* The application's style, which AdwApplication would load. */
    g_autoptr(GtkCssProvider) style = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (style, RESOURCE_BASE "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (style),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  files = write_articles (corpus, dir, n_articles);

  window = g_object_ref_sink (ent_window_new (NULL, NULL));
  gtk_window_present (GTK_WINDOW (window));
  show_and_settle (GTK_WIDGET (window));
  gl_name = ent_renderer_dup_gl_name (gdk_display_get_default ());
  g_print ("Renderer: %s (GL: %s%s; choosing took %.1f ms)\n",
           G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))),
           gl_name != NULL ? gl_name : "none",
           renderer_choice != NULL ? ", software, so the application chose cairo" :
           g_getenv ("GSK_RENDERER") != NULL ? ", GSK_RENDERER set" : "",
           choose_time / 1000.0);

  timer_probe.gaps = g_array_new (FALSE, FALSE, sizeof (gint64));
  timer_cpu_probe.gaps = g_array_new (FALSE, FALSE, sizeof (gint64));
  frame_probe.gaps = g_array_new (FALSE, FALSE, sizeof (gint64));
  timer = g_timeout_add_full (G_PRIORITY_HIGH, 1, timer_cb, NULL, NULL);
  gtk_widget_add_tick_callback (GTK_WIDGET (window), tick_cb, NULL, NULL);
  watch_spans (window);

  start = g_get_monotonic_time ();
  cpu_start = thread_cpu_time ();
  if (g_getenv ("ENT_BENCH_BLOCKS") != NULL)
    g_print ("import started at %.6f\n", start / 1e6);
  bench_window = window;
  ent_window_open_files (window, (GFile **) files->pdata, files->len);
  while (ent_window_get_busy (window))
    g_main_context_iteration (NULL, TRUE);
  end = g_get_monotonic_time ();
  /* The views catch up after the last article is in: the probes go on
   * for a second more. */
  settle (AFTER_IMPORT_MS);
  g_source_remove (timer);

  project = ent_window_get_project (window);
  g_print ("Imported %u of %u articles in %.2f s (%.1f articles/s): %u actors, %u positions\n",
           ent_project_get_n_documents (project), n_articles, (end - start) / 1e6,
           ent_project_get_n_documents (project) / ((end - start) / 1e6),
           ent_project_get_n_actors (project), ent_project_get_n_statements (project));
  g_print ("Probes from the start of the import to %.1f s after its end.\n",
           AFTER_IMPORT_MS / 1000.0);
  g_print ("Files read in %.2f s; main thread CPU time: %.2f s\n",
           read_at > start ? (read_at - start) / 1e6 : 0.0,
           (thread_cpu_time () - cpu_start) / 1e6);
  print_probe ("main loop (1 ms timer)", &timer_probe);
  print_probe ("main loop, own CPU time", &timer_cpu_probe);
  print_probe ("frames (tick callback)", &frame_probe);
  print_span ("project change handlers", &change_span);
  print_span ("frame (update to paint)", &frame_span);
  print_span ("  update phase", &update_span);
  print_span ("  layout phase", &layout_span);
  print_span ("  paint phase", &paint_span);
  if (frame_cost)
    measure_frame_cost (window);
  {
    /* A save (and an autosave) copies the project on the main thread and
     * serialises the copy in a worker. */
    gint64 before = thread_cpu_time (), copied;
    EntProjectSnapshot *snapshot = ent_project_snapshot_new (project);
    g_autoptr(GBytes) bytes = NULL;

    copied = thread_cpu_time ();
    bytes = ent_project_snapshot_serialize (snapshot);
    ent_project_snapshot_free (snapshot);
    g_print ("Saving the import: copy %.1f ms on the main thread, then %.1f ms in a worker for %.1f MB\n",
             (copied - before) / 1000.0, (thread_cpu_time () - copied) / 1000.0,
             g_bytes_get_size (bytes) / 1e6);
  }

  /* The window asks before dropping unsaved work; this one goes as is. */
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  remove_dir (dir);
  g_array_unref (timer_probe.gaps);
  g_array_unref (timer_cpu_probe.gaps);
  g_array_unref (frame_probe.gaps);

  return 0;
}
