/* planted-graph.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "ent-camps.h"
#include "ent-signed-graph.h"

/* Planted signed networks for the camp, layout and benchmark programs: @n
 * actors shuffled into @k camps of (nearly) equal size, @n_ties distinct
 * random ties, allied inside camps and opposed between them, with each sign
 * flipped with probability @flip. Everything follows from @seed. */
static inline EntSignedGraph *
planted_graph_new (guint    n,
                   guint    k,
                   guint    n_ties,
                   double   flip,
                   guint32  seed,
                   int     *planted)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree gint64 *keys = g_new (gint64, MAX (n_ties, 1));
  g_autofree EntSignedEdge *edges = g_new (EntSignedEdge, MAX (n_ties, 1));
  guint made = 0;

  for (guint i = 0; i < n; i++)
    planted[i] = i % k;
  for (guint i = n; i > 1; i--)
    {
      guint j = g_rand_int_range (rand, 0, i);
      int t = planted[i - 1];

      planted[i - 1] = planted[j];
      planted[j] = t;
    }

  n_ties = MIN (n_ties, (guint)((guint64)n * (n - 1) / 2));
  while (made < n_ties)
    {
      guint a = g_rand_int_range (rand, 0, n), b = g_rand_int_range (rand, 0, n);
      double sign;

      if (a == b)
        continue;
      keys[made] = ((gint64)MIN (a, b) << 32) | MAX (a, b);
      if (!g_hash_table_add (seen, &keys[made]))
        continue;
      sign = planted[a] == planted[b] ? 1 : -1;
      if (g_rand_double (rand) < flip)
        sign = -sign;
      edges[made++] = (EntSignedEdge) { a, b, sign * g_rand_double_range (rand, 0.5, 1.5) };
    }
  return ent_signed_graph_new (n, edges, made);
}

static inline gboolean
next_permutation (guint *p,
                  guint  k)
{
  int i = (int)k - 2, j = (int)k - 1;

  while (i >= 0 && p[i] >= p[i + 1])
    i--;
  if (i < 0)
    return FALSE;
  while (p[j] <= p[i])
    j--;
  { guint t = p[i]; p[i] = p[j]; p[j] = t; }
  for (guint a = i + 1, b = k - 1; a < b; a++, b--)
    { guint t = p[a]; p[a] = p[b]; p[b] = t; }
  return TRUE;
}

/* The share of actors whose found camp matches their planted camp, under
 * the best matching of camp numbers (k is small: all permutations). */
static inline double
planted_recovery (EntCamps  *camps,
                  const int *planted,
                  guint      n,
                  guint      k)
{
  guint perm[8], best = 0;
  g_autofree guint *count = g_new0 (guint, 8 * 8);

  g_assert (k <= 8);
  for (guint v = 0; v < n; v++)
    {
      int c = ent_camps_get_camp (camps, v);

      if (c >= 0 && c < 8)
        count[planted[v] * 8 + c]++;
    }
  for (guint i = 0; i < k; i++)
    perm[i] = i;
  do
    {
      guint hit = 0;

      for (guint i = 0; i < k; i++)
        hit += count[i * 8 + perm[i]];
      best = MAX (best, hit);
    }
  while (next_permutation (perm, k));
  return n > 0 ? (double)best / n : 1.0;
}
