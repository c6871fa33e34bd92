/* ent-position-item.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ent-project.h"

G_BEGIN_DECLS

#define ENT_TYPE_POSITION_ITEM (ent_position_item_get_type ())

G_DECLARE_FINAL_TYPE (EntPositionItem, ent_position_item, ENT, POSITION_ITEM, GObject)

/*
 * One row of the side panel's position list: a statement with the names
 * and labels its columns show, ready to bind. EntPositionModel keeps it up
 * to date.
 */
EntPositionItem *ent_position_item_new                (EntStatement    *statement)
                                                       G_GNUC_WARN_UNUSED_RESULT;
EntStatement    *ent_position_item_get_statement      (EntPositionItem *self);
const char      *ent_position_item_get_source_name    (EntPositionItem *self);
const char      *ent_position_item_get_target_name    (EntPositionItem *self);
const char      *ent_position_item_get_sign_label     (EntPositionItem *self);
const char      *ent_position_item_get_document_title (EntPositionItem *self);
const char      *ent_position_item_get_state_key      (EntPositionItem *self);
const char      *ent_position_item_get_state_label    (EntPositionItem *self);
gboolean         ent_position_item_get_rejected       (EntPositionItem *self);
gboolean         ent_position_item_update             (EntPositionItem *self,
                                                       EntProject      *project);

G_END_DECLS
