/* ent-document.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ENT_TYPE_DOCUMENT (ent_document_get_type ())

G_DECLARE_FINAL_TYPE (EntDocument, ent_document, ENT, DOCUMENT, GObject)

/*
 * An imported article. Its text is immutable: statements point into it by
 * character (Unicode code point) offsets. The metadata setters are meant for
 * importers, before the document is added to a project.
 */
EntDocument *ent_document_new            (const char  *id,
                                          const char  *text) G_GNUC_WARN_UNUSED_RESULT;
EntDocument *ent_document_new_take       (const char  *id,
                                          char        *text) G_GNUC_WARN_UNUSED_RESULT;
const char  *ent_document_get_id         (EntDocument *self);
const char  *ent_document_get_text       (EntDocument *self);
gsize        ent_document_get_size       (EntDocument *self);
glong        ent_document_get_length     (EntDocument *self);
const char  *ent_document_get_title      (EntDocument *self);
const char  *ent_document_get_source     (EntDocument *self);
const char  *ent_document_get_author     (EntDocument *self);
const char  *ent_document_get_url        (EntDocument *self);
const char  *ent_document_get_dateline   (EntDocument *self);
GDateTime   *ent_document_get_published  (EntDocument *self);
GDateTime   *ent_document_get_imported   (EntDocument *self);
char        *ent_document_dup_date_label (EntDocument *self) G_GNUC_WARN_UNUSED_RESULT;
char        *ent_document_dup_span       (EntDocument *self,
                                          guint        start,
                                          guint        end) G_GNUC_WARN_UNUSED_RESULT;
void         ent_document_set_title      (EntDocument *self,
                                          const char  *title);
void         ent_document_set_source     (EntDocument *self,
                                          const char  *source);
void         ent_document_set_author     (EntDocument *self,
                                          const char  *author);
void         ent_document_set_url        (EntDocument *self,
                                          const char  *url);
void         ent_document_set_dateline   (EntDocument *self,
                                          const char  *dateline);
void         ent_document_set_published  (EntDocument *self,
                                          GDateTime   *published);
void         ent_document_set_imported   (EntDocument *self,
                                          GDateTime   *imported);

G_END_DECLS
