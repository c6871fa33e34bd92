/* ent-network-private.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ent-network.h"

G_BEGIN_DECLS

/* EntNetwork is split in two: ent-network.c follows the project and
 * answers questions; ent-network-ties.c folds statements into ties. */
struct _EntNetwork
{
  GObject          parent_instance;

  EntProject      *project;
  EntNetworkLevel  level;
  guint            max_camps;

  GArray          *nodes;          /* EntNetworkNode, sorted by actor id */
  GHashTable      *node_index;     /* actor id -> node index + 1 */
  GArray          *ties;           /* EntNetworkTie, sorted by (source, target) */
  GHashTable      *pairs;          /* node pair key -> EntNetworkPair */
  GHashTable      *contributions;  /* EntStatement -> what it adds to which pair */

  /* Mirrors of the project's lists, to know what items-changed removed. */
  GPtrArray       *statements;
  GPtrArray       *actors;
  GHashTable      *dirty;          /* statements changed since the last update */
  guint            nodes_dirty : 1;
  guint            mentions_dirty : 1; /* only actors' mention counts changed */
  guint            laid_out : 1;

  EntSignedGraph  *graph;
  EntCamps        *camps;
  EntMeasures     *measures;       /* computed on first use */
  GHashTable      *positions;      /* actor id -> last laid-out x, y */
};

void _ent_network_init_ties   (EntNetwork *self);
void _ent_network_rebuild     (EntNetwork *self);
void _ent_network_apply_dirty (EntNetwork *self);
void _ent_network_recount_mentions (EntNetwork *self);

G_END_DECLS
