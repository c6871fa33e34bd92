/* ent-layout-private.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ent-layout.h"

G_BEGIN_DECLS

/* The force model, shared by ent-layout.c (stepping) and
 * ent-layout-forces.c (Barnes–Hut and ties). Positions and forces are
 * interleaved x, y arrays indexed by node. */
typedef struct
{
  EntSignedGraph *graph;
  const double   *pos;
  double         *force;
  const gboolean *active;       /* nodes that take part in the simulation */
  const int      *camp;         /* per node, or NULL when there are no camps */
  const double   *anchors;      /* x, y, fence radius, fence strength per
                                 * camp + 1; anchor 0 is for nodes in no camp */
  double          k;            /* natural tie length */
  double          repulsion;    /* C in C·K²/d */
  double          opposition;   /* extra push along an opposition, × C·K²/d */
  double          frustrated;   /* the pull left to an alliance across camps */
  double          gravity;      /* pull towards the anchor, per unit length */
  double          theta;        /* Barnes–Hut opening criterion */
  double          mean_weight;  /* mean |weight|, to normalise ties */
} EntLayoutForces;

void _ent_layout_compute_forces (EntLayoutForces *forces);

G_END_DECLS
