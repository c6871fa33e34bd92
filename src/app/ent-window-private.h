/* ent-window-private.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-core.h"
#include "ent-autosave.h"
#include "ent-canvas.h"
#include "ent-deferred-model.h"
#include "ent-reader.h"
#include "ent-side-panel.h"
#include "ent-window.h"

G_BEGIN_DECLS

typedef struct _EntAnalysisJob EntAnalysisJob;
typedef struct _EntWindowImport EntWindowImport;
typedef struct _EntWindowBatch EntWindowBatch;

struct _EntWindow
{
  AdwApplicationWindow  parent_instance;

  EntProject           *project;
  GSignalGroup         *project_signals;
  GCancellable         *cancellable;
  GSettings            *settings;

  /* Files wait here and are opened one at a time, in the order given, so
   * that a project replacing the window's empty one never races with an
   * article imported into it. */
  GQueue                open_queue;
  GFile                *opening_file;
  guint                 open_total;
  guint                 open_done;
  /* Changes when the user cancels: text files read together after that
   * are dropped but the first (see ent-window-io.c). */
  guint                 open_serial;

  /* The network the side panel (and later the canvas) shows. */
  EntNetwork           *network;

  /* The running re-analysis of all documents, if any, and the timeout
   * that follows its progress. */
  EntAnalysisJob       *reanalysis;
  guint                 progress_source;

  /* The names and aliases of the project's actors when last looked at: a
   * new one teaches the dictionaries, and the articles are analysed again
   * (ent-window-analysis.c). Set while an analysis result goes in, which
   * teaches nothing. */
  GHashTable           *known_names;
  gboolean              applying_analysis;
  /* What adding one analysed article took in the last chunk, in µs. */
  gint64                article_us;
  gboolean              dictionary_pending;

  /* The actor mentions found in each document shown, by document id, and
   * the search running for the one shown now (ent-window-mentions.c). */
  GHashTable           *mentions;
  GCancellable         *mentions_cancellable;

  /* Imports of pages, feeds and pasted text (ent-window-import.c). */
  EntWindowImport      *import;

  /* The articles of many files opened at once (ent-window-batch.c). */
  EntWindowBatch       *batch;

  /* The project being saved, and the change count when the save began: a
   * change made while the file is written leaves the project modified. */
  EntProject           *saving_project;
  GFile                *saving_file;
  guint64               change_serial;
  guint64               saving_serial;

  /* Exports being written, and whether the project is being read back
   * from its file (ent-window-export.c). */
  guint                 n_exports;
  gboolean              reverting;

  /* Copies of the unsaved project for crash recovery (ent-autosave.c). */
  EntAutosave          *autosave;

  GtkWidget            *close_dialog;
  char                 *last_toast;

  /* The canvas's selection and the side panel's follow each other; set
   * while one updates the other (ent-window-canvas.c). */
  gboolean              syncing_selection;
  /* While many articles are imported, the canvas follows the network at
   * intervals: the timeout, and whether the network changed since. */
  guint                 canvas_source;
  gboolean              canvas_stale;

  /* The distinct publication days of the documents, as GDateTime at
   * midnight UTC, for the date filter (ent-window-documents.c). */
  GPtrArray            *days;
  gboolean              updating_dates;
  /* The positions of each article, by document id, for the rows. */
  GHashTable           *position_counts;

  EntCanvas            *canvas;
  GtkToggleButton      *connect_button;
  GtkMenuButton        *date_button;
  GtkDropDown          *date_from_dropdown;
  GtkDropDown          *date_to_dropdown;
  GtkRevealer          *range_bar;
  GtkLabel             *range_label;
  GtkListView          *document_list;
  AdwStatusPage        *empty_page;
  AdwStatusPage        *network_page;
  GtkStack             *network_stack;
  GtkProgressBar       *progress_bar;
  GtkWidget            *progress_box;
  EntReader            *reader;
  GtkSingleSelection   *selection;
  /* The project's documents, for the document list: appended ones are
   * shown a few times a second while many files are imported. */
  EntDeferredModel     *document_rows;
  EntSidePanel         *side_panel;
  GtkStack             *stack;
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;

  guint                 close_after_save : 1;
  guint                 close_confirmed : 1;
};

void         _ent_window_class_actions_init (EntWindowClass *klass);
void         _ent_window_class_canvas_init  (EntWindowClass *klass);
void         _ent_window_class_export_init  (EntWindowClass *klass);
void         _ent_window_init_canvas        (EntWindow      *self);
void         _ent_window_set_canvas_network (EntWindow      *self);
void         _ent_window_defer_canvas       (EntWindow      *self,
                                             gboolean        deferred);
void         _ent_window_update_canvas_actions (EntWindow   *self);
void         _ent_window_update_actions     (EntWindow      *self);
void         _ent_window_update_title       (EntWindow      *self);
void         _ent_window_set_project        (EntWindow      *self,
                                             EntProject     *project);
EntDocument *_ent_window_get_selected       (EntWindow      *self);
void         _ent_window_select_document    (EntWindow      *self,
                                             EntDocument    *document);
void         _ent_window_add_toast          (EntWindow      *self,
                                             const char     *markup);
void         _ent_window_open_next          (EntWindow      *self);
void         _ent_window_finish_opening     (EntWindow      *self);
void         _ent_window_import_document    (EntWindow      *self,
                                             EntDocument    *document);
void         _ent_window_reanalyse          (EntWindow      *self);
void         _ent_window_cancel_work        (EntWindow      *self);
void         _ent_window_update_progress    (EntWindow      *self);
void         _ent_window_update_view        (EntWindow      *self);
void         _ent_window_init_progress      (EntWindow      *self);
void         _ent_window_init_warmup        (EntWindow      *self);
void         _ent_window_start_progress     (EntWindow      *self);
void         _ent_window_dispose_analysis   (EntWindow      *self);
EntProject  *_ent_window_copy_actors        (EntProject     *project) G_GNUC_WARN_UNUSED_RESULT;
void         _ent_window_learn_names        (EntWindow      *self);
void         _ent_window_show_mentions      (EntWindow      *self);
void         _ent_window_forget_mentions    (EntWindow      *self);
void         _ent_window_init_mentions      (EntWindow      *self);
void         _ent_window_dispose_mentions   (EntWindow      *self);
void         _ent_window_check_dictionary   (EntWindow      *self);
void         _ent_window_run_pending        (EntWindow      *self);
void         _ent_window_save               (EntWindow      *self);
void         _ent_window_save_as            (EntWindow      *self);
void         _ent_window_save_to_file       (EntWindow      *self,
                                             GFile          *file);
void         _ent_window_export             (EntWindow      *self,
                                             const char     *format,
                                             double          scale,
                                             gboolean        dark,
                                             GFile          *file);
void         _ent_window_revert             (EntWindow      *self);

void         _ent_window_import_documents     (EntWindow           *self,
                                               GPtrArray           *documents);
void         _ent_window_add_documents_async  (EntWindow           *self,
                                               GPtrArray           *documents,
                                               const char          *undo_title,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
GPtrArray   *_ent_window_add_documents_finish (EntWindow           *self,
                                               GAsyncResult        *result,
                                               GError             **error) G_GNUC_WARN_UNUSED_RESULT;
void         _ent_window_import_class_init    (GtkWidgetClass      *widget_class);
void         _ent_window_import_init          (EntWindow           *self);
void         _ent_window_import_dispose       (EntWindow           *self);
gboolean     _ent_window_import_get_busy      (EntWindow           *self);
gboolean     _ent_window_import_get_progress  (EntWindow           *self,
                                               double              *fraction,
                                               char               **text);
void         _ent_window_import_cancel        (EntWindow           *self);
void         _ent_window_import_resume        (EntWindow           *self);
void         _ent_window_import_uri           (EntWindow           *self,
                                               const char          *uri);
void         _ent_window_import_text          (EntWindow           *self,
                                               const char          *text,
                                               const char          *name);
void         _ent_window_import_entries       (EntWindow           *self,
                                               GListModel          *entries);
void         _ent_window_dnd_class_init       (GtkWidgetClass      *widget_class);
void         _ent_window_batch_init           (EntWindow           *self);
void         _ent_window_batch_dispose        (EntWindow           *self);
gboolean     _ent_window_batch_documents      (EntWindow           *self,
                                               GPtrArray           *documents);
void         _ent_window_flush_batch          (EntWindow           *self);
gboolean     _ent_window_batch_get_busy       (EntWindow           *self);
gboolean     _ent_window_batch_get_catching_up (EntWindow          *self);
gboolean     _ent_window_batch_get_progress   (EntWindow           *self,
                                               double              *fraction,
                                               char               **text);
void         _ent_window_batch_cancel         (EntWindow           *self);
void         _ent_window_documents_class_init (GtkWidgetClass      *widget_class);
void         _ent_window_documents_init       (EntWindow           *self);
void         _ent_window_update_documents     (EntWindow           *self);
void         _ent_window_dispose_documents    (EntWindow           *self);
void         _ent_window_dnd_init             (EntWindow           *self);

G_END_DECLS
