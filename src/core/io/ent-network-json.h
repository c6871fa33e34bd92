/* ent-network-json.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ent-network.h"
#include "ent-project.h"

G_BEGIN_DECLS

#define ENT_NETWORK_JSON_FORMAT "entente-network"
#define ENT_NETWORK_JSON_VERSION 1

/* The network format of DESIGN.md: actors, relations with evidence, camps. */
GBytes *ent_network_json_serialize (EntNetwork *network,
                                    EntProject *project) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
