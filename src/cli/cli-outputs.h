/* cli-outputs.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-core.h"

G_BEGIN_DECLS

typedef struct
{
  const char *format;  /* one of cli_output_formats () */
  const char *level;   /* "state" (the default, for NULL) or "actor" */
  const char *output;  /* a file, or NULL or "-" for standard output */
  double      scale;   /* for png: 0 for the default, else 0.25 to 8 */
  gboolean    dark;    /* images in the dark palette */
  gboolean    no_labels;  /* images without the actors' and camps' names */
  gboolean    no_legend;  /* images without the legend */
} CliOutput;

/* The output side of `entente-cli analyze`: the formats, and exporting the
 * project's network in one of them, atomically to a file or to standard
 * output. Nothing is written when an error occurs. */
const char * const *cli_output_formats (void);
gboolean            cli_export         (EntProject       *project,
                                        const CliOutput  *output,
                                        GError          **error);
gboolean            cli_write_output   (GBytes           *bytes,
                                        const char       *output,
                                        GError          **error);

G_END_DECLS
