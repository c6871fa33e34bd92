/* ent-statement.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ent-enums.h"

G_BEGIN_DECLS

#define ENT_TYPE_STATEMENT (ent_statement_get_type ())

G_DECLARE_FINAL_TYPE (EntStatement, ent_statement, ENT, STATEMENT, GObject)

/*
 * A position one actor takes toward another: its sign (+1 support, -1
 * opposition), the cue words, and where the evidence is (character offsets
 * into its document's text). As with EntActor, once in a project a statement
 * changes only through the project's edit functions.
 */
EntStatement       *ent_statement_new                (const char        *id,
                                                      const char        *source,
                                                      int                sign,
                                                      const char        *target) G_GNUC_WARN_UNUSED_RESULT;
const char         *ent_statement_get_id             (EntStatement      *self);
const char         *ent_statement_get_source         (EntStatement      *self);
const char         *ent_statement_get_target         (EntStatement      *self);
int                 ent_statement_get_sign           (EntStatement      *self);
const char         *ent_statement_get_cue            (EntStatement      *self);
double              ent_statement_get_confidence     (EntStatement      *self);
const char         *ent_statement_get_document       (EntStatement      *self);
guint               ent_statement_get_sentence_start (EntStatement      *self);
guint               ent_statement_get_sentence_end   (EntStatement      *self);
guint               ent_statement_get_cue_start      (EntStatement      *self);
guint               ent_statement_get_cue_end        (EntStatement      *self);
EntStatementOrigin  ent_statement_get_origin         (EntStatement      *self);
EntStatementState   ent_statement_get_state          (EntStatement      *self);
const char         *ent_statement_get_note           (EntStatement      *self);
gboolean            ent_statement_has_evidence       (EntStatement      *self);
void                ent_statement_set_source         (EntStatement      *self,
                                                      const char        *source);
void                ent_statement_set_target         (EntStatement      *self,
                                                      const char        *target);
void                ent_statement_set_sign           (EntStatement      *self,
                                                      int                sign);
void                ent_statement_set_cue            (EntStatement      *self,
                                                      const char        *cue);
void                ent_statement_set_confidence     (EntStatement      *self,
                                                      double             confidence);
void                ent_statement_set_evidence       (EntStatement      *self,
                                                      const char        *document,
                                                      guint              sentence_start,
                                                      guint              sentence_end,
                                                      guint              cue_start,
                                                      guint              cue_end);
void                ent_statement_set_origin         (EntStatement      *self,
                                                      EntStatementOrigin origin);
void                ent_statement_set_state          (EntStatement      *self,
                                                      EntStatementState  state);
void                ent_statement_set_note           (EntStatement      *self,
                                                      const char        *note);

G_END_DECLS
