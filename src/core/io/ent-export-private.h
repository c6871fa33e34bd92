/* ent-export-private.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ent-exporter.h"

G_BEGIN_DECLS

void        _ent_export_append_xml    (GString              *out,
                                       const char           *text);
void        _ent_export_append_number (GString              *out,
                                       const char           *format,
                                       double                value);
void        _ent_export_node_color    (const EntNetworkNode *node,
                                       char                  hex[8]);
void        _ent_export_tie_color     (int                   sign,
                                       char                  hex[8]);
const char *_ent_export_sign_name     (int                   sign);
double      _ent_export_node_size     (const EntNetworkNode *node);
double      _ent_export_tie_width     (const EntNetworkTie  *tie);

G_END_DECLS
