/* cli-outputs.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-core.h"

G_BEGIN_DECLS

/* The output side of `entente-cli analyze`: the formats, rendering the
 * project in one, and writing the bytes (atomically for a file). */
const char * const *cli_output_formats (void);
GBytes             *cli_render         (EntProject  *project,
                                        const char  *format,
                                        const char  *level,
                                        GError     **error);
gboolean            cli_write_output   (GBytes      *bytes,
                                        const char  *output,
                                        GError     **error);

G_END_DECLS
