/* ent-project-private.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ent-project.h"

G_BEGIN_DECLS

typedef struct _EntEdit EntEdit;

struct _EntProject
{
  GObject     parent_instance;

  GListStore *documents;
  GListStore *actors;
  GListStore *statements;
  GHashTable *documents_by_id;
  GHashTable *actors_by_id;
  GHashTable *statements_by_id;
  GHashTable *statements_per_document; /* document id (owned) -> count */
  GHashTable *documents_by_size;       /* text size -> GPtrArray of EntDocument */

  GFile      *file;
  EntProjectView *view;

  /* The history: stacks of EntEdit, the edit being recorded (between
   * begin and end), and serial numbers to tell whether the state on top of
   * the undo stack is the one last saved. */
  GPtrArray  *undo_stack;
  GPtrArray  *redo_stack;
  EntEdit    *recording;
  guint       recording_depth;
  guint64     next_serial;
  guint64     saved_serial;
  guint64     next_id;

  guint       last_can_undo : 1;
  guint       last_can_redo : 1;
  guint       last_modified : 1;
};

void     _ent_project_store_insert     (EntProject   *self,
                                        GObject      *object,
                                        guint         position);
void     _ent_project_store_remove     (EntProject   *self,
                                        GObject      *object,
                                        guint         position);
void     _ent_project_emit_changed     (EntProject   *self);
void     _ent_project_notify_state     (EntProject   *self);
void     _ent_project_begin_edit       (EntProject   *self,
                                        const char   *label);
void     _ent_project_end_edit         (EntProject   *self);
void     _ent_project_record_insert    (EntProject   *self,
                                        GObject      *object,
                                        guint         position);
void     _ent_project_record_remove    (EntProject   *self,
                                        GObject      *object);
void     _ent_project_record_set       (EntProject   *self,
                                        GObject      *object,
                                        const char   *property,
                                        const GValue *value);
void     _ent_project_record_set_string (EntProject  *self,
                                         GObject     *object,
                                         const char  *property,
                                         const char  *value);
guint64  _ent_project_get_state_serial (EntProject   *self);
void     _ent_project_history_free     (EntProject   *self);
void     _ent_project_load_contents    (EntProject   *self,
                                        GPtrArray    *documents,
                                        GPtrArray    *actors,
                                        GPtrArray    *statements);

G_END_DECLS
