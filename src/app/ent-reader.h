/* ent-reader.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ent-document.h"

G_BEGIN_DECLS

#define ENT_TYPE_READER (ent_reader_get_type ())

/* A mention of an actor in the shown text, coloured by its camp. */
typedef struct
{
  guint  start;   /* character offsets into the document's text */
  guint  end;
  int    camp;    /* the camp's index, or -1 for none */
  char  *actor;   /* the actor's id */
} EntReaderMention;

G_DECLARE_FINAL_TYPE (EntReader, ent_reader, ENT, READER, GtkWidget)

GtkWidget   *ent_reader_new          (void);
EntDocument *ent_reader_get_document (EntReader   *self);
GtkTextView *ent_reader_get_view     (EntReader   *self);
void         ent_reader_set_document (EntReader   *self,
                                      EntDocument *document);
void         ent_reader_clear_evidence (EntReader *self);
void         ent_reader_set_mentions   (EntReader *self,
                                        GArray    *mentions);
guint        ent_reader_get_n_mentions (EntReader *self);
const char  *ent_reader_get_mention_at (EntReader *self,
                                        guint      offset,
                                        int       *camp);
char        *ent_reader_dup_selected_text (EntReader *self) G_GNUC_WARN_UNUSED_RESULT;
void         ent_reader_show_evidence  (EntReader *self,
                                        guint      sentence_start,
                                        guint      sentence_end,
                                        guint      cue_start,
                                        guint      cue_end);

G_END_DECLS
