/* ent-project.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ent-actor.h"
#include "ent-document.h"
#include "ent-project-view.h"
#include "ent-statement.h"

G_BEGIN_DECLS

#define ENT_TYPE_PROJECT (ent_project_get_type ())

G_DECLARE_FINAL_TYPE (EntProject, ent_project, ENT, PROJECT, GObject)

/*
 * The document model: documents, actors and statements, and the undo
 * history. Every change goes through the edit functions below; each one is
 * recorded as one undoable step and ends with exactly one emission of
 * EntProject::changed (also after undo and redo). The three list models
 * emit items-changed as usual, and the objects in them notify their
 * properties, so views may listen to whichever is most convenient.
 *
 * Not thread-safe: use it from the main thread only.
 */
EntProject   *ent_project_new                    (void) G_GNUC_WARN_UNUSED_RESULT;
GListModel   *ent_project_get_documents          (EntProject         *self);
GListModel   *ent_project_get_actors             (EntProject         *self);
GListModel   *ent_project_get_statements         (EntProject         *self);
guint         ent_project_get_n_documents        (EntProject         *self);
guint         ent_project_get_n_actors           (EntProject         *self);
guint         ent_project_get_n_statements       (EntProject         *self);
guint         ent_project_count_document_statements (EntProject      *self,
                                                  const char         *document_id);
EntDocument  *ent_project_lookup_document        (EntProject         *self,
                                                  const char         *id);
EntActor     *ent_project_lookup_actor           (EntProject         *self,
                                                  const char         *id);
EntStatement *ent_project_lookup_statement       (EntProject         *self,
                                                  const char         *id);
char         *ent_project_dup_new_id             (EntProject         *self,
                                                  const char         *prefix) G_GNUC_WARN_UNUSED_RESULT;
GFile        *ent_project_get_file               (EntProject         *self);
void          ent_project_set_file               (EntProject         *self,
                                                  GFile              *file);
char         *ent_project_dup_title              (EntProject         *self) G_GNUC_WARN_UNUSED_RESULT;
gboolean      ent_project_get_modified           (EntProject         *self);
void          ent_project_mark_saved             (EntProject         *self);
void          ent_project_mark_unsaved           (EntProject         *self);
gboolean      ent_project_get_can_undo           (EntProject         *self);
gboolean      ent_project_get_can_redo           (EntProject         *self);
const char   *ent_project_get_undo_label         (EntProject         *self);
const char   *ent_project_get_redo_label         (EntProject         *self);
gboolean      ent_project_undo                   (EntProject         *self);
gboolean      ent_project_redo                   (EntProject         *self);
void          ent_project_clear_history          (EntProject         *self);
void          ent_project_begin_group            (EntProject         *self,
                                                  const char         *label);
void          ent_project_end_group              (EntProject         *self);

/* Documents. Removing a document also removes its statements, in one step. */
void          ent_project_add_document           (EntProject         *self,
                                                  EntDocument        *document);
void          ent_project_remove_document        (EntProject         *self,
                                                  EntDocument        *document);
EntDocument  *ent_project_find_duplicate         (EntProject         *self,
                                                  EntDocument        *document);

/* Actors. Merging re-points every statement and affiliation of @from to
 * @into, adds @from's name and aliases to @into's aliases and removes @from;
 * removing an actor removes its statements and clears the affiliations that
 * pointed at it. Each is one undoable step. */
void          ent_project_add_actor              (EntProject         *self,
                                                  EntActor           *actor);
void          ent_project_rename_actor           (EntProject         *self,
                                                  EntActor           *actor,
                                                  const char         *name);
void          ent_project_set_actor_color        (EntProject         *self,
                                                  EntActor           *actor,
                                                  const char         *color);
void          ent_project_set_actor_kind         (EntProject         *self,
                                                  EntActor           *actor,
                                                  EntActorKind        kind);
void          ent_project_set_actor_affiliation  (EntProject         *self,
                                                  EntActor           *actor,
                                                  const char         *affiliation);
void          ent_project_add_actor_alias        (EntProject         *self,
                                                  EntActor           *actor,
                                                  const char         *alias);
void          ent_project_move_actor             (EntProject         *self,
                                                  EntActor           *actor,
                                                  double              x,
                                                  double              y,
                                                  gboolean            pinned);
void          ent_project_merge_actors           (EntProject         *self,
                                                  EntActor           *from,
                                                  EntActor           *into);
void          ent_project_remove_actor           (EntProject         *self,
                                                  EntActor           *actor);

/* Statements. */
void          ent_project_add_statement          (EntProject         *self,
                                                  EntStatement       *statement);
void          ent_project_accept_statement       (EntProject         *self,
                                                  EntStatement       *statement);
void          ent_project_reject_statement       (EntProject         *self,
                                                  EntStatement       *statement);
void          ent_project_flip_statement         (EntProject         *self,
                                                  EntStatement       *statement);
void          ent_project_remove_statement       (EntProject         *self,
                                                  EntStatement       *statement);

/* Order and view (ent-project-view.c). */
EntProjectView *ent_project_get_view             (EntProject         *self);
void          ent_project_set_date_range         (EntProject         *self,
                                                  GDateTime          *from,
                                                  GDateTime          *to);
gboolean      ent_project_document_in_range      (EntProject         *self,
                                                  EntDocument        *document);
gboolean      ent_project_statement_in_range     (EntProject         *self,
                                                  EntStatement       *statement);
void          ent_project_move_document          (EntProject         *self,
                                                  EntDocument        *document,
                                                  guint               position);
void          ent_project_sort_documents_by_date (EntProject         *self);
void          ent_project_set_actor_mentions     (EntProject         *self,
                                                  EntActor           *actor,
                                                  guint               mentions);

G_END_DECLS
