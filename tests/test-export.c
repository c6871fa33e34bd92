/* test-export.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include "entente-core.h"
#include "ent-exporter.h"
#include "ent-export-image.h"
#include "ent-export-png.h"
#include "ent-json.h"
#include "ent-painter-private.h"
#include "ent-png-encoder.h"
#include "export-fixture.h"

/* The exporters on the fixture network: the registry, golden files for the
 * text formats, escaping, the safety of SVG, atomic writes, and the images
 * against the painter that draws the canvas. The real consumers (networkx,
 * Graphviz, librsvg, poppler) read the files in check-export-consumers.sh. */

static GBytes *
export_part (EntNetwork *network,
             const char *format,
             guint       part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntExporter) exporter = ent_exporter_new_for_format (format, network, &error);
  GBytes *bytes;

  g_assert_no_error (error);
  bytes = ent_exporter_serialize (exporter, part, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static char *
export_string (EntNetwork *network,
               const char *format,
               guint       part)
{
  g_autoptr(GBytes) bytes = export_part (network, format, part);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_registry (void)
{
  g_autoptr(EntProject) project = fixture_project_new ();
  g_autoptr(EntNetwork) network = fixture_network_new (project);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntExporter) csv = NULL;
  g_autoptr(EntExporter) none = NULL;
  g_autoptr(GFile) file = g_file_new_for_path ("/some/where/net.csv");
  g_autoptr(GFile) bare = g_file_new_for_path ("/some/where/net");
  g_autoptr(GFile) nodes = NULL, edges = NULL, bare_edges = NULL;
  const char * const expected[] = { "json", "graphml", "gexf", "dot", "csv", "svg", "png", "pdf",
                                    "entente", NULL };

  g_assert_cmpstrv (ent_exporter_list_formats (), expected);
  for (guint i = 0; expected[i]; i++)
    {
      g_autoptr(EntExporter) exporter = ent_exporter_new_for_format (expected[i], network, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (ent_exporter_get_name (exporter), ==, expected[i]);
      g_assert_nonnull (ent_exporter_get_mime_type (exporter));
      g_assert_nonnull (ent_exporter_get_description (exporter));
      g_assert_true (ent_exporter_get_network (exporter) == network);
    }

  none = ent_exporter_new_for_format ("gif", network, &error);
  g_assert_null (none);
  g_assert_error (error, ENT_EXPORT_ERROR, ENT_EXPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_nonnull (strstr (error->message, "gif"));

  csv = ent_exporter_new_for_format ("csv", network, NULL);
  g_assert_cmpuint (ent_exporter_get_n_parts (csv), ==, 2);
  nodes = ent_exporter_dup_part_file (csv, file, 0);
  edges = ent_exporter_dup_part_file (csv, file, 1);
  bare_edges = ent_exporter_dup_part_file (csv, bare, 1);
  g_assert_cmpstr (g_file_peek_path (nodes), ==, "/some/where/net-nodes.csv");
  g_assert_cmpstr (g_file_peek_path (edges), ==, "/some/where/net-edges.csv");
  g_assert_cmpstr (g_file_peek_path (bare_edges), ==, "/some/where/net-edges.csv");
}

static void
check_golden (EntNetwork *network,
              const char *format,
              guint       part,
              const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "export", name, NULL);
  g_autofree char *actual = export_string (network, format, part);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  if (g_getenv ("ENTENTE_UPDATE_GOLDEN") != NULL)
    {
      g_file_set_contents (path, actual, -1, &error);
      g_assert_no_error (error);
      return;
    }
  g_file_get_contents (path, &expected, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (actual, ==, expected);
}

/* Golden files pin the text formats down byte for byte; after a deliberate
 * change, regenerate them with ENTENTE_UPDATE_GOLDEN=1 and read the diff. */
static void
test_golden (void)
{
  g_autoptr(EntProject) project = fixture_project_new ();
  g_autoptr(EntNetwork) network = fixture_network_new (project);

  check_golden (network, "graphml", 0, "fixture.graphml");
  check_golden (network, "gexf", 0, "fixture.gexf");
  check_golden (network, "dot", 0, "fixture.dot");
  check_golden (network, "csv", 0, "fixture-nodes.csv");
  check_golden (network, "csv", 1, "fixture-edges.csv");
  check_golden (network, "json", 0, "fixture.json");
  check_golden (network, "entente", 0, "fixture.entente");
}

typedef struct
{
  GPtrArray *texts;     /* every attribute value and text node, unescaped */
  GPtrArray *elements;
  GPtrArray *attributes;
} Markup;

static void
markup_start (GMarkupParseContext  *context,
              const char           *element,
              const char          **names,
              const char          **values,
              gpointer              user_data,
              GError              **error)
{
  Markup *m = user_data;

  g_ptr_array_add (m->elements, g_strdup (element));
  for (guint i = 0; names[i]; i++)
    {
      g_ptr_array_add (m->attributes, g_strdup (names[i]));
      g_ptr_array_add (m->texts, g_strdup (values[i]));
    }
}

static void
markup_text (GMarkupParseContext  *context,
             const char           *text,
             gsize                 len,
             gpointer              user_data,
             GError              **error)
{
  g_ptr_array_add (((Markup *)user_data)->texts, g_strndup (text, len));
}

static void
markup_parse (const char *document,
              Markup     *m)
{
  static const GMarkupParser parser = { markup_start, NULL, markup_text, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;

  m->texts = g_ptr_array_new_with_free_func (g_free);
  m->elements = g_ptr_array_new_with_free_func (g_free);
  m->attributes = g_ptr_array_new_with_free_func (g_free);
  context = g_markup_parse_context_new (&parser, 0, m, NULL);
  g_markup_parse_context_parse (context, document, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
}

static void
markup_clear (Markup *m)
{
  g_ptr_array_unref (m->texts);
  g_ptr_array_unref (m->elements);
  g_ptr_array_unref (m->attributes);
}

static gboolean
has_text (Markup     *m,
          const char *text)
{
  for (guint i = 0; i < m->texts->len; i++)
    if (g_strcmp0 (g_ptr_array_index (m->texts, i), text) == 0)
      return TRUE;
  return FALSE;
}

/* XML keeps every name exactly, line breaks and tabs included, except the
 * control character XML cannot carry, which becomes U+FFFD. */
static void
test_xml_escaping (void)
{
  g_autoptr(EntProject) project = fixture_project_new ();
  g_autoptr(EntNetwork) network = fixture_network_new (project);
  const char *formats[] = { "graphml", "gexf" };

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autofree char *xml = export_string (network, formats[f], 0);
      Markup m;

      markup_parse (xml, &m);
      for (guint i = 0; i < G_N_ELEMENTS (fixture_actors); i++)
        {
          const char *name = fixture_actors[i].name;

          if (strchr (name, '\x01') != NULL)
            g_assert_true (has_text (&m, "Control\xef\xbf\xbd" "char"));
          else
            g_assert_true (has_text (&m, name));
          g_assert_true (has_text (&m, fixture_actors[i].id));
        }
      g_assert_true (has_text (&m, "A <wire> story & \"more\""));
      markup_clear (&m);
    }
}

/* A strict RFC 4180 reader: CRLF records, quoted fields with doubled
 * quotes; it fails the test on anything else. */
static GPtrArray *
csv_parse (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  const char *p = text;

  while (*p)
    {
      if (*p == '"')
        {
          for (p++; !(p[0] == '"' && p[1] != '"'); p++)
            {
              g_assert_true (*p != '\0');
              if (p[0] == '"')
                p++;
              g_string_append_c (field, *p);
            }
          p++;
        }
      else
        while (*p && *p != ',' && *p != '\r' && *p != '\n')
          g_string_append_c (field, *p++);
      g_ptr_array_add (row, g_strdup (field->str));
      g_string_truncate (field, 0);
      if (*p == ',')
        p++;
      else
        {
          g_assert_true (p[0] == '\r' && p[1] == '\n');
          p += 2;
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
        }
    }
  g_ptr_array_unref (row);
  g_string_free (field, TRUE);
  return rows;
}

static const char *
cell (GPtrArray *rows,
      guint      r,
      guint      c)
{
  return g_ptr_array_index ((GPtrArray *)g_ptr_array_index (rows, r), c);
}

static void
test_csv (void)
{
  g_autoptr(EntProject) project = fixture_project_new ();
  g_autoptr(EntNetwork) network = fixture_network_new (project);
  g_autofree char *nodes_text = export_string (network, "csv", 0);
  g_autofree char *edges_text = export_string (network, "csv", 1);
  g_autoptr(GPtrArray) nodes = csv_parse (nodes_text);
  g_autoptr(GPtrArray) edges = csv_parse (edges_text);

  g_assert_cmpuint (nodes->len, ==, ent_network_get_n_nodes (network) + 1);
  g_assert_cmpuint (edges->len, ==, ent_network_get_n_ties (network) + 1);
  g_assert_cmpstr (cell (nodes, 0, 1), ==, "label");
  g_assert_cmpstr (cell (edges, 0, 6), ==, "evidence");
  for (guint i = 0; i < ent_network_get_n_nodes (network); i++)
    {
      const EntNetworkNode *node = ent_network_get_node (network, i);

      g_assert_cmpuint (((GPtrArray *)g_ptr_array_index (nodes, i + 1))->len, ==, 10);
      g_assert_cmpstr (cell (nodes, i + 1, 0), ==, ent_actor_get_id (node->actor));
      g_assert_cmpstr (cell (nodes, i + 1, 1), ==, ent_actor_get_name (node->actor));
    }
  for (guint i = 0; i < ent_network_get_n_ties (network); i++)
    {
      const EntNetworkTie *tie = ent_network_get_tie (network, i);
      const EntNetworkNode *a = ent_network_get_node (network, tie->source);
      g_autofree char *sign = g_strdup_printf ("%d", tie->sign);
      g_autofree char *count = g_strdup_printf ("%u", tie->statements->len);

      g_assert_cmpstr (cell (edges, i + 1, 0), ==, ent_actor_get_id (a->actor));
      g_assert_cmpstr (cell (edges, i + 1, 2), ==, sign);
      g_assert_cmpfloat_with_epsilon (g_ascii_strtod (cell (edges, i + 1, 3), NULL), tie->weight, 1e-5);
      g_assert_cmpstr (cell (edges, i + 1, 6), ==, count);
    }
}

/* Graphviz reads the file in check-export-consumers.sh; here, the quoting
 * of the hard names. */
static void
test_dot_quoting (void)
{
  g_autoptr(EntProject) project = fixture_project_new ();
  g_autoptr(EntNetwork) network = fixture_network_new (project);
  g_autofree char *dot = export_string (network, "dot", 0);

  g_assert_nonnull (strstr (dot, "label=\"Russia <Federation> & \\\"friends\\\"\""));
  g_assert_nonnull (strstr (dot, "label=\"Syria\\nArab\tRepublic\""));
  g_assert_nonnull (strstr (dot, "label=\"U.N. \\\\ backslash\\\\ \""));
  g_assert_nonnull (strstr (dot, "\"al-qa'ida\" [label="));
  g_assert_nonnull (strstr (dot, "pos=\"-220.00,-20.00!\""));
  g_assert_nonnull (strstr (dot, "style=dashed"));
  g_assert_nonnull (strstr (dot, "style=solid"));
  g_assert_nonnull (strstr (dot, "style=dotted"));
}

static double
number_of (EntJsonNode *object,
           const char  *key)
{
  EntJsonNode *node = ent_json_object_get (object, key);

  g_assert_nonnull (node);
  g_assert_cmpint (node->type, ==, ENT_JSON_NUMBER);
  return node->v.number;
}

static const char *
string_of (EntJsonNode *object,
           const char  *key)
{
  EntJsonNode *node = ent_json_object_get (object, key);

  g_assert_nonnull (node);
  g_assert_cmpint (node->type, ==, ENT_JSON_STRING);
  return node->v.string;
}

/* The JSON loads back to the same network: actors with their names, camps
 * and positions, relations with their signs and weights, and the camps. */
static void
test_json_round_trip (void)
{
  g_autoptr(EntProject) project = fixture_project_new ();
  g_autoptr(EntNetwork) network = fixture_network_new (project);
  g_autoptr(GBytes) bytes = export_part (network, "json", 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntJsonNode) root = ent_json_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  EntJsonNode *actors, *relations, *camps;

  g_assert_no_error (error);
  g_assert_cmpstr (string_of (root, "format"), ==, "entente-network");
  actors = ent_json_object_get (root, "actors");
  relations = ent_json_object_get (root, "relations");
  camps = ent_json_object_get (root, "camps");
  g_assert_cmpuint (actors->v.array->len, ==, ent_network_get_n_nodes (network));
  g_assert_cmpuint (relations->v.array->len, ==, ent_network_get_n_ties (network));
  g_assert_cmpuint (camps->v.array->len, ==, ent_network_get_n_camps (network));
  for (guint i = 0; i < actors->v.array->len; i++)
    {
      EntJsonNode *a = g_ptr_array_index (actors->v.array, i);
      const EntNetworkNode *node = ent_network_get_node (network, i);
      EntJsonNode *camp = ent_json_object_get (a, "camp");

      g_assert_cmpstr (string_of (a, "id"), ==, ent_actor_get_id (node->actor));
      g_assert_cmpstr (string_of (a, "name"), ==, ent_actor_get_name (node->actor));
      g_assert_cmpfloat_with_epsilon (number_of (a, "x"), node->x, 1e-6);
      g_assert_cmpfloat_with_epsilon (number_of (a, "y"), node->y, 1e-6);
      g_assert_cmpint (camp->type == ENT_JSON_NULL ? -1 : (int)camp->v.number, ==, node->camp);
    }
  for (guint i = 0; i < relations->v.array->len; i++)
    {
      EntJsonNode *r = g_ptr_array_index (relations->v.array, i);
      const EntNetworkTie *tie = ent_network_get_tie (network, i);

      g_assert_cmpint ((int)number_of (r, "sign"), ==, tie->sign);
      g_assert_cmpfloat_with_epsilon (number_of (r, "weight"), tie->weight, 1e-6);
      g_assert_cmpuint (ent_json_object_get (r, "evidence")->v.array->len, ==, tie->statements->len);
    }
}

/* The .entente export is the whole project: loaded back, it gives the
 * same network. */
static void
test_entente_round_trip (void)
{
  g_autoptr(EntProject) project = fixture_project_new ();
  g_autoptr(EntNetwork) network = fixture_network_new (project);
  g_autoptr(GBytes) bytes = export_part (network, "entente", 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntProject) loaded = ent_project_file_load_data (g_bytes_get_data (bytes, NULL),
                                                             g_bytes_get_size (bytes), &error);
  g_autoptr(EntNetwork) again = NULL;

  g_assert_no_error (error);
  again = fixture_network_new (loaded);
  g_assert_cmpuint (ent_network_get_n_nodes (again), ==, ent_network_get_n_nodes (network));
  g_assert_cmpuint (ent_network_get_n_ties (again), ==, ent_network_get_n_ties (network));
  for (guint i = 0; i < ent_network_get_n_nodes (network); i++)
    {
      const EntNetworkNode *a = ent_network_get_node (network, i), *b = ent_network_get_node (again, i);

      g_assert_cmpstr (ent_actor_get_name (a->actor), ==, ent_actor_get_name (b->actor));
      g_assert_cmpint (a->camp, ==, b->camp);
      g_assert_cmpfloat (a->x, ==, b->x);
    }
  for (guint i = 0; i < ent_network_get_n_ties (network); i++)
    g_assert_cmpint (ent_network_get_tie (network, i)->sign, ==, ent_network_get_tie (again, i)->sign);
}

/* Exported SVG carries shapes and text only: no script, no event handler,
 * no link or reference of any kind, no style sheet, no foreign content. */
static void
test_svg_safe (void)
{
  static const char * const allowed[] = { "svg", "title", "g", "rect", "path", "circle", "polygon", "text", NULL };
  g_autoptr(EntProject) project = fixture_project_new ();
  g_autoptr(EntNetwork) network = fixture_network_new (project);
  g_autofree char *svg = export_string (network, "svg", 0);
  g_autofree char *lower = g_ascii_strdown (svg, -1);
  Markup m;

  markup_parse (svg, &m);
  for (guint i = 0; i < m.elements->len; i++)
    g_assert_true (g_strv_contains (allowed, g_ptr_array_index (m.elements, i)));
  for (guint i = 0; i < m.attributes->len; i++)
    {
      const char *name = g_ptr_array_index (m.attributes, i);

      g_assert_false (g_str_has_prefix (name, "on"));
      g_assert_null (strstr (name, "href"));
      g_assert_cmpstr (name, !=, "style");
    }
  g_assert_null (strstr (lower, "<script"));
  g_assert_null (strstr (lower, "url("));
  g_assert_null (strstr (lower, "javascript:"));
  g_assert_null (strstr (lower, "<!entity"));
  g_assert_null (strstr (lower, "<!doctype"));
  /* Labels are text: the right-to-left names and the emoji are there. */
  g_assert_true (has_text (&m, fixture_actors[4].name));
  g_assert_true (has_text (&m, fixture_actors[5].name));
  g_assert_true (has_text (&m, fixture_actors[3].name));
  g_assert_true (has_text (&m, "Russia <Federation> & \"friends\""));
  markup_clear (&m);
}

static cairo_status_t
read_bytes (void          *closure,
            unsigned char *data,
            unsigned int   length)
{
  GInputStream *stream = closure;

  return g_input_stream_read_all (stream, data, length, NULL, NULL, NULL) ? CAIRO_STATUS_SUCCESS
                                                                         : CAIRO_STATUS_READ_ERROR;
}

static cairo_surface_t *
decode_png (GBytes *bytes)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  cairo_surface_t *surface = cairo_image_surface_create_from_png_stream (read_bytes, stream);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

/* What the canvas would show: the same painter, drawing the page, with
 * the ties stroked by cairo or drawn by the tie rasteriser. */
static cairo_surface_t *
render_page (EntExporter *exporter,
             double       scale,
             gboolean     raster)
{
  g_autoptr(EntPainter) painter = ent_export_image_create_painter (ENT_EXPORT_IMAGE (exporter));
  cairo_surface_t *surface;
  double width, height;
  cairo_t *cr;

  ent_painter_get_page_size (painter, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, ceil (width * scale), ceil (height * scale));
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  if (raster)
    _ent_painter_draw_page_raster (painter, cr);
  else
    ent_painter_draw_page (painter, cr);
  cairo_destroy (cr);
  return surface;
}

static cairo_surface_t *
render_with_painter (EntExporter *exporter,
                     double       scale)
{
  return render_page (exporter, scale, FALSE);
}

static gboolean
pixel_near (const guint8 *a,
            const guint8 *b,
            int           tolerance)
{
  for (int c = 0; c < 4; c++)
    if (ABS (a[c] - b[c]) > tolerance)
      return FALSE;
  return TRUE;
}

/* The share of pixels of @a with no pixel of @b within @shift pixels and
 * within @tolerance in every channel: another renderer may place a glyph
 * edge a pixel off, but not drop a node, change a colour or move a tie. */
static double
one_way_difference (cairo_surface_t *a,
                    cairo_surface_t *b,
                    int              tolerance,
                    int              shift)
{
  int width = cairo_image_surface_get_width (a), height = cairo_image_surface_get_height (a);
  int sa = cairo_image_surface_get_stride (a), sb = cairo_image_surface_get_stride (b);
  const guint8 *da = cairo_image_surface_get_data (a), *db = cairo_image_surface_get_data (b);
  guint64 differ = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        gboolean found = FALSE;

        for (int dy = -shift; dy <= shift && !found; dy++)
          for (int dx = -shift; dx <= shift && !found; dx++)
            if (y + dy >= 0 && y + dy < height && x + dx >= 0 && x + dx < width)
              found = pixel_near (da + y * sa + 4 * x, db + (y + dy) * sb + 4 * (x + dx), tolerance);
        differ += !found;
      }
  return (double)differ / ((double)width * height);
}

static double
pixel_difference (cairo_surface_t *a,
                  cairo_surface_t *b,
                  int              tolerance,
                  int              shift)
{
  g_assert_cmpint (cairo_image_surface_get_width (a), ==, cairo_image_surface_get_width (b));
  g_assert_cmpint (cairo_image_surface_get_height (a), ==, cairo_image_surface_get_height (b));
  cairo_surface_flush (a);
  cairo_surface_flush (b);
  return MAX (one_way_difference (a, b, tolerance, shift), one_way_difference (b, a, tolerance, shift));
}

/* The PNG is the painter's page to the pixel, with the ties drawn by the
 * tie rasteriser, and within the rounding of antialiased edges of the
 * page with every tie stroked by cairo, as a canvas draws it. */
static void
test_png_matches_painter (void)
{
  g_autoptr(EntProject) project = fixture_project_new ();
  g_autoptr(EntNetwork) network = fixture_network_new (project);
  g_autoptr(EntExporter) exporter = ent_exporter_new_for_format ("png", network, NULL);
  /* At 1.3 the page ends inside the last pixels, which the background
   * only partly covers. */
  double scales[] = { 1, 2, 4, 1.3 };

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) png = NULL;
      cairo_surface_t *exported, *painted;

      ent_export_png_set_scale (ENT_EXPORT_PNG (exporter), scales[i]);
      png = ent_exporter_serialize (exporter, 0, &error);
      g_assert_no_error (error);
      g_assert_cmpmem (g_bytes_get_data (png, NULL), 8, "\x89PNG\r\n\x1a\n", 8);
      exported = decode_png (png);
      painted = render_page (exporter, scales[i], TRUE);
      g_assert_cmpfloat (pixel_difference (exported, painted, 0, 0), ==, 0.0);
      cairo_surface_destroy (painted);
      painted = render_page (exporter, scales[i], FALSE);
      g_assert_cmpfloat (pixel_difference (exported, painted, 12, 0), <, 0.002);
      cairo_surface_destroy (exported);
      cairo_surface_destroy (painted);
    }
}

/* Every node's centre in @surface has the node's colour: no node missing or
 * moved, whatever renderer drew it. */
static void
check_node_colors (EntExporter     *exporter,
                   cairo_surface_t *surface)
{
  g_autoptr(EntPainter) painter = ent_export_image_create_painter (ENT_EXPORT_IMAGE (exporter));
  EntScene *scene = ent_painter_get_scene (painter);
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  cairo_matrix_t m;

  ent_painter_get_page_transform (painter, &m);
  for (guint i = 0; i < ent_scene_get_n_nodes (scene); i++)
    {
      const EntSceneNode *node = ent_scene_get_node (scene, i);
      double x = node->x, y = node->y;
      EntColor color;
      const guint8 *p;

      cairo_matrix_transform_point (&m, &x, &y);
      p = data + (int)y * stride + 4 * (int)x;
      ent_palette_get_camp_color (ent_painter_get_palette (painter), node->camp, &color);
      g_assert_cmpint (ABS (p[2] - (int)(color.red * 255 + 0.5)), <=, 8);
      g_assert_cmpint (ABS (p[1] - (int)(color.green * 255 + 0.5)), <=, 8);
      g_assert_cmpint (ABS (p[0] - (int)(color.blue * 255 + 0.5)), <=, 8);
    }
}

/* Renders @bytes with an external program (rsvg-convert or pdftoppm) and
 * compares with the painter's drawing: the same picture, up to the
 * antialiasing of another renderer, which differs most on text (the page
 * of the fixture is mostly labels). */
static void
check_rendered (EntExporter *exporter,
                const char  *extension,
                const char  *program)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = ent_exporter_serialize (exporter, 0, &error);
  g_autofree char *dir = g_dir_make_tmp ("entente-render-XXXXXX", &error);
  g_autofree char *input = g_strdup_printf ("%s/in.%s", dir, extension);
  g_autofree char *output = g_strdup_printf ("%s/out.png", dir);
  g_autofree char *prefix = g_strdup_printf ("%s/out", dir);
  g_autofree char *found = g_find_program_in_path (program);
  cairo_surface_t *rendered, *painted;
  double difference;
  int status = -1;

  if (found == NULL)
    {
      g_test_skip_printf ("%s is not installed", program);
      return;
    }
  g_assert_no_error (error);
  g_file_set_contents (input, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  if (g_str_equal (extension, "svg"))
    g_spawn_sync (NULL, (char *[]) { "rsvg-convert", "-o", output, input, NULL }, NULL,
                  G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  else
    g_spawn_sync (NULL, (char *[]) { "pdftoppm", "-r", "96", "-png", "-singlefile", input, prefix, NULL },
                  NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);

  rendered = cairo_image_surface_create_from_png (output);
  g_assert_cmpint (cairo_surface_status (rendered), ==, CAIRO_STATUS_SUCCESS);
  painted = render_with_painter (exporter, 1);
  difference = pixel_difference (rendered, painted, 64, 1);
  g_test_message ("%s: %.3f %% of pixels differ", extension, 100 * difference);
  g_assert_cmpfloat (difference, <, 0.008);
  check_node_colors (exporter, rendered);
  cairo_surface_destroy (rendered);
  cairo_surface_destroy (painted);
  g_unlink (input);
  g_unlink (output);
  g_rmdir (dir);
}

/* The PNG encoder loses nothing, translucent pixels included, and leaves
 * out the alpha channel of an opaque image. */
static void
test_png_encoder (void)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 300, 700);
  cairo_t *cr = cairo_create (image);
  cairo_pattern_t *ramp = cairo_pattern_create_linear (0, 0, 300, 700);
  g_autoptr(GBytes) png = NULL;
  cairo_surface_t *decoded;

  cairo_pattern_add_color_stop_rgba (ramp, 0, 0.9, 0.2, 0.1, 0.0);
  cairo_pattern_add_color_stop_rgba (ramp, 1, 0.1, 0.5, 1.0, 1.0);
  cairo_set_source (cr, ramp);
  cairo_paint (cr);
  cairo_pattern_destroy (ramp);
  png = _ent_png_encode (image);
  decoded = decode_png (png);
  g_assert_cmpuint (((const guint8 *)g_bytes_get_data (png, NULL))[25], ==, 6);
  g_assert_cmpfloat (pixel_difference (image, decoded, 0, 0), ==, 0.0);
  cairo_surface_destroy (decoded);
  g_clear_pointer (&png, g_bytes_unref);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgba (cr, 0, 0.4, 0.7, 0.35);
  cairo_arc (cr, 150, 350, 120, 0, 2 * G_PI);
  cairo_fill (cr);
  png = _ent_png_encode (image);
  decoded = decode_png (png);
  g_assert_cmpuint (((const guint8 *)g_bytes_get_data (png, NULL))[25], ==, 2);
  g_assert_cmpfloat (pixel_difference (image, decoded, 0, 0), ==, 0.0);
  cairo_surface_destroy (decoded);
  cairo_destroy (cr);
  cairo_surface_destroy (image);
}

typedef struct
{
  EntPngEncoder *encoder;
  guint          first;
} BandWork;

/* Every other band, from the last down, as a second thread would. */
static gpointer
compress_every_other_band (gpointer data)
{
  BandWork *work = data;

  for (int i = _ent_png_encoder_get_n_bands (work->encoder) - 1; i >= 0; i--)
    if ((guint) i % 2 == work->first)
      _ent_png_encoder_compress_band (work->encoder, i);
  return NULL;
}

/* Bands compressed on two threads in any order, with @image's pixels. */
static GBytes *
encode_in_bands (cairo_surface_t *image,
                 guint            n_bands)
{
  EntPngEncoder *encoder = _ent_png_encoder_new (image, n_bands);
  BandWork even = { encoder, 0 }, odd = { encoder, 1 };
  GThread *thread;
  int last = -1;

  g_assert_cmpuint (_ent_png_encoder_get_n_bands (encoder), ==, n_bands);
  for (guint i = 0; i < n_bands; i++)
    {
      int y0, y1;

      _ent_png_encoder_get_band (encoder, i, &y0, &y1);
      g_assert_cmpint (y0, ==, last + 1);
      g_assert_cmpint (y1, >, y0);
      last = y1 - 1;
    }
  g_assert_cmpint (last, ==, cairo_image_surface_get_height (image) - 1);
  thread = g_thread_new ("test-png-bands", compress_every_other_band, &odd);
  compress_every_other_band (&even);
  g_thread_join (thread);
  return _ent_png_encoder_finish (encoder);
}

/* The encoder's bands, compressed on threads in any order, give the
 * image back: opaque ones without alpha, and with it when one band
 * in the middle is translucent; an RGB24 image never has alpha, whatever
 * its unused byte holds. */
static void
test_png_encoder_bands (void)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 257, 301);
  cairo_surface_t *rgb = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 257, 301);
  cairo_t *cr = cairo_create (image);
  g_autoptr(GBytes) png = NULL;
  cairo_surface_t *decoded;

  cairo_set_source_rgb (cr, 0.95, 0.9, 0.8);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.1, 0.4, 0.7);
  cairo_arc (cr, 128, 150, 100, 0, 2 * G_PI);
  cairo_fill (cr);
  png = encode_in_bands (image, 9);
  g_assert_cmpuint (((const guint8 *)g_bytes_get_data (png, NULL))[25], ==, 2);
  decoded = decode_png (png);
  g_assert_cmpfloat (pixel_difference (image, decoded, 0, 0), ==, 0.0);
  cairo_surface_destroy (decoded);
  g_clear_pointer (&png, g_bytes_unref);

  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_set_source_rgba (cr, 0.9, 0.1, 0.2, 0.4);
  cairo_rectangle (cr, 30, 160, 40, 3);
  cairo_fill (cr);
  cairo_destroy (cr);
  png = encode_in_bands (image, 9);
  g_assert_cmpuint (((const guint8 *)g_bytes_get_data (png, NULL))[25], ==, 6);
  decoded = decode_png (png);
  g_assert_cmpfloat (pixel_difference (image, decoded, 0, 0), ==, 0.0);
  cairo_surface_destroy (decoded);
  g_clear_pointer (&png, g_bytes_unref);

  cairo_surface_flush (rgb);
  memset (cairo_image_surface_get_data (rgb), 0x35, cairo_image_surface_get_stride (rgb) * 301);
  cairo_surface_mark_dirty (rgb);
  png = encode_in_bands (rgb, 4);
  g_assert_cmpuint (((const guint8 *)g_bytes_get_data (png, NULL))[25], ==, 2);
  decoded = decode_png (png);
  g_assert_cmphex (*(const guint32 *)(gconstpointer) cairo_image_surface_get_data (decoded), ==, 0xff353535);
  cairo_surface_destroy (decoded);
  cairo_surface_destroy (rgb);
  cairo_surface_destroy (image);
}

static void
test_svg_matches_painter (void)
{
  g_autoptr(EntProject) project = fixture_project_new ();
  g_autoptr(EntNetwork) network = fixture_network_new (project);
  g_autoptr(EntExporter) exporter = ent_exporter_new_for_format ("svg", network, NULL);

  check_rendered (exporter, "svg", "rsvg-convert");
}

static void
test_pdf_matches_painter (void)
{
  g_autoptr(EntProject) project = fixture_project_new ();
  g_autoptr(EntNetwork) network = fixture_network_new (project);
  g_autoptr(EntExporter) exporter = ent_exporter_new_for_format ("pdf", network, NULL);

  check_rendered (exporter, "pdf", "pdftoppm");
}

static guint
count_occurrences (const char *haystack,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* A PDF's labels are text a reader can search and copy, each found once:
 * the halos behind them are drawn with glyphs that carry no characters. */
static void
test_pdf_text (void)
{
  g_autoptr(EntProject) project = fixture_project_new ();
  g_autoptr(EntNetwork) network = fixture_network_new (project);
  g_autoptr(EntExporter) exporter = ent_exporter_new_for_format ("pdf", network, NULL);
  g_autoptr(GBytes) bytes = ent_exporter_serialize (exporter, 0, NULL);
  g_autofree char *found = g_find_program_in_path ("pdftotext");
  g_autofree char *dir = g_dir_make_tmp ("entente-pdf-XXXXXX", NULL);
  g_autofree char *input = g_build_filename (dir, "in.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  int status = -1;

  if (found == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      g_rmdir (dir);
      return;
    }
  g_file_set_contents (input, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char *[]) { "pdftotext", input, "-", NULL }, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &text, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpuint (count_occurrences (text, "Vladimir Putin"), ==, 1);
  g_assert_cmpuint (count_occurrences (text, "U.N. \\ backslash"), ==, 1);
  g_unlink (input);
  g_rmdir (dir);
}

static void
test_missing_folder (void)
{
  g_autoptr(EntProject) project = fixture_project_new ();
  g_autoptr(EntNetwork) network = fixture_network_new (project);
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent-entente-folder/net.svg");
  g_autoptr(GFile) csv = g_file_new_for_path ("/nonexistent-entente-folder/net.csv");
  const char *formats[] = { "svg", "csv" };
  GFile *files[] = { file, csv };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(EntExporter) exporter = ent_exporter_new_for_format (formats[i], network, NULL);
      g_autoptr(GError) error = NULL;

      g_assert_false (ent_exporter_write (exporter, files[i], NULL, &error));
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, "Could not save “/nonexistent-entente-folder/net"));
      g_assert_nonnull (strstr (error->message, g_strerror (ENOENT)));
    }
  g_assert_false (g_file_test ("/nonexistent-entente-folder", G_FILE_TEST_EXISTS));
}

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* Twelve actors, all tied to each other: the edges file is the larger of
 * the two CSV files, so a file-size limit between their sizes lets the
 * first through and stops the second. */
static EntNetwork *
clique_network (EntProject *project)
{
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *id = g_strdup_printf ("actor-%02u", i);
      g_autoptr(EntActor) actor = ent_actor_new (id, id, ENT_ACTOR_KIND_STATE);

      ent_actor_set_position (actor, 40 * i, 20 * (i % 3), TRUE);
      ent_project_add_actor (project, actor);
    }
  for (guint i = 0; i < 12; i++)
    for (guint j = i + 1; j < 12; j++)
      {
        g_autofree char *id = g_strdup_printf ("st-%u-%u", i, j);
        g_autofree char *a = g_strdup_printf ("actor-%02u", i), *b = g_strdup_printf ("actor-%02u", j);
        g_autoptr(EntStatement) st = ent_statement_new (id, a, (i + j) % 2 ? -1 : 1, b);

        ent_project_add_statement (project, st);
      }
  return fixture_network_new (project);
}

/* Over the file-size limit, writing fails with EFBIG (SIGXFSZ ignored): the
 * old files are untouched and no temporary file is left, for one file and
 * for the two CSV files, which are written both or neither. */
static void
test_file_size_limit (void)
{
  g_autofree char *dir = g_test_subprocess () ? g_strdup (g_getenv ("ENTENTE_EXPORT_TEST_DIR"))
                                              : g_dir_make_tmp ("entente-export-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename (dir, "net.svg", NULL);
  g_autofree char *csv = g_build_filename (dir, "net.csv", NULL);
  g_autofree char *nodes = g_build_filename (dir, "net-nodes.csv", NULL);
  g_autofree char *edges = g_build_filename (dir, "net-edges.csv", NULL);
  g_autofree char *svg_after = NULL, *nodes_after = NULL, *edges_after = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n_files = 0;

  if (g_test_subprocess ())
    {
      g_autoptr(EntProject) project = ent_project_new ();
      g_autoptr(EntNetwork) network = clique_network (project);
      g_autoptr(EntExporter) image = ent_exporter_new_for_format ("svg", network, NULL);
      g_autoptr(EntExporter) table = ent_exporter_new_for_format ("csv", network, NULL);
      g_autoptr(GBytes) first = ent_exporter_serialize (table, 0, NULL);
      g_autoptr(GBytes) second = ent_exporter_serialize (table, 1, NULL);
      g_autoptr(GFile) svg_file = g_file_new_for_path (svg), csv_file = g_file_new_for_path (csv);
      g_autoptr(GError) error = NULL, csv_error = NULL;
      struct rlimit limit = { 0 };

      g_assert_cmpuint (g_bytes_get_size (first), <, g_bytes_get_size (second));
      limit.rlim_cur = limit.rlim_max = (g_bytes_get_size (first) + g_bytes_get_size (second)) / 2;
      signal (SIGXFSZ, SIG_IGN);
      setrlimit (RLIMIT_FSIZE, &limit);
      g_assert_false (ent_exporter_write (image, svg_file, NULL, &error));
      g_assert_false (ent_exporter_write (table, csv_file, NULL, &csv_error));
      g_printerr ("%s\n%s\n", error->message, csv_error->message);
      return;
    }

  g_file_set_contents (svg, "old svg", -1, NULL);
  g_file_set_contents (nodes, "old nodes", -1, NULL);
  g_file_set_contents (edges, "old edges", -1, NULL);
  g_setenv ("ENTENTE_EXPORT_TEST_DIR", dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*Could not save*net.svg*\n*Could not save*net-edges.csv*");

  svg_after = read_text (svg);
  nodes_after = read_text (nodes);
  edges_after = read_text (edges);
  g_assert_cmpstr (svg_after, ==, "old svg");
  g_assert_cmpstr (nodes_after, ==, "old nodes");
  g_assert_cmpstr (edges_after, ==, "old edges");
  listing = g_dir_open (dir, 0, NULL);
  for (const char *name; (name = g_dir_read_name (listing)) != NULL; n_files++)
    g_assert_true (g_str_equal (name, "net.svg") || g_str_equal (name, "net-nodes.csv") ||
                   g_str_equal (name, "net-edges.csv"));
  g_assert_cmpuint (n_files, ==, 3);
  g_unlink (svg);
  g_unlink (nodes);
  g_unlink (edges);
  g_rmdir (dir);
}

static void
test_png_too_large (void)
{
  g_autoptr(EntProject) project = fixture_project_new ();
  g_autoptr(EntActor) far = ent_actor_new ("far", "Far away", ENT_ACTOR_KIND_STATE);
  g_autoptr(EntNetwork) network = NULL;
  g_autoptr(EntExporter) exporter = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  ent_actor_set_position (far, 5000, 0, TRUE);
  ent_project_add_actor (project, far);
  network = fixture_network_new (project);
  exporter = ent_exporter_new_for_format ("png", network, NULL);
  ent_export_png_set_scale (ENT_EXPORT_PNG (exporter), 4);
  bytes = ent_exporter_serialize (exporter, 0, &error);
  g_assert_null (bytes);
  g_assert_error (error, ENT_EXPORT_ERROR, ENT_EXPORT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "smaller scale"));
}

/* An empty project still exports in every format: an empty graph, and a
 * page that says there is nothing to draw. */
static void
test_empty (void)
{
  g_autoptr(EntProject) project = ent_project_new ();
  g_autoptr(EntNetwork) network = ent_network_new (project, ENT_NETWORK_LEVEL_STATE);
  const char * const *formats = ent_exporter_list_formats ();

  for (guint i = 0; formats[i]; i++)
    {
      g_autoptr(EntExporter) exporter = ent_exporter_new_for_format (formats[i], network, NULL);

      for (guint part = 0; part < ent_exporter_get_n_parts (exporter); part++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(GBytes) bytes = ent_exporter_serialize (exporter, part, &error);

          g_assert_no_error (error);
          g_assert_cmpuint (g_bytes_get_size (bytes), >, 0);
        }
    }
}

static void
write_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  *(GAsyncResult **)user_data = g_object_ref (result);
}

static void
test_write_async (void)
{
  g_autoptr(EntProject) project = fixture_project_new ();
  g_autoptr(EntNetwork) network = fixture_network_new (project);
  g_autoptr(EntExporter) exporter = ent_exporter_new_for_format ("csv", network, NULL);
  g_autofree char *dir = g_dir_make_tmp ("entente-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "net.csv", NULL);
  g_autofree char *nodes = g_build_filename (dir, "net-nodes.csv", NULL);
  g_autofree char *edges = g_build_filename (dir, "net-edges.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  ent_exporter_write_async (exporter, file, NULL, write_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (ent_exporter_write_finish (exporter, result, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (nodes, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (edges, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_unlink (nodes);
  g_unlink (edges);
  g_rmdir (dir);
}

static void
test_dark (void)
{
  g_autoptr(EntProject) project = fixture_project_new ();
  g_autoptr(EntNetwork) network = fixture_network_new (project);
  g_autoptr(EntExporter) exporter = ent_exporter_new_for_format ("svg", network, NULL);
  g_autoptr(GBytes) light = ent_exporter_serialize (exporter, 0, NULL);
  g_autoptr(GBytes) dark = NULL;

  g_object_set (exporter, "dark", TRUE, "title", "Dark & stormy", NULL);
  dark = ent_exporter_serialize (exporter, 0, NULL);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (light, NULL), -1, "fill=\"#ffffff\""));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (dark, NULL), -1, "fill=\"#242424\""));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (dark, NULL), -1, "<title>Dark &amp; stormy</title>"));
}

/* The contents of an SVG's <text> elements, in order. */
static void
svg_text_start (GMarkupParseContext  *context,
                const char           *element,
                const char          **names,
                const char          **values,
                gpointer              user_data,
                GError              **error)
{
  if (g_str_equal (element, "text"))
    g_ptr_array_add (user_data, g_string_new (NULL));
}

static void
svg_text_text (GMarkupParseContext  *context,
               const char           *text,
               gsize                 len,
               gpointer              user_data,
               GError              **error)
{
  GPtrArray *texts = user_data;

  if (g_strcmp0 (g_markup_parse_context_get_element (context), "text") == 0)
    g_string_append_len (g_ptr_array_index (texts, texts->len - 1), text, len);
}

static void
free_string (gpointer data)
{
  g_string_free (data, TRUE);
}

static GPtrArray *
svg_texts (EntExporter *exporter)
{
  static const GMarkupParser parser = { svg_text_start, NULL, svg_text_text, NULL, NULL };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *texts = g_ptr_array_new_with_free_func (free_string);

  bytes = ent_exporter_serialize (exporter, 0, &error);
  g_assert_no_error (error);
  context = g_markup_parse_context_new (&parser, 0, texts, NULL);
  g_markup_parse_context_parse (context, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
  return texts;
}

static gboolean
texts_contain (GPtrArray  *texts,
               const char *needle)
{
  for (guint i = 0; i < texts->len; i++)
    if (strstr (((GString *) g_ptr_array_index (texts, i))->str, needle) != NULL)
      return TRUE;
  return FALSE;
}

/* The page parts: an SVG without labels and legend has no actor's name and
 * no camp caption in its text, one without legend none of the legend's
 * words, one without title neither the title nor the counts. */
static void
test_page_parts (void)
{
  g_autoptr(EntProject) project = fixture_project_new ();
  g_autoptr(EntNetwork) network = fixture_network_new (project);
  g_autoptr(EntExporter) exporter = ent_exporter_new_for_format ("svg", network, NULL);
  EntExportImage *image = ENT_EXPORT_IMAGE (exporter);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) no_labels = NULL;
  g_autoptr(GPtrArray) no_legend = NULL;
  g_autoptr(GPtrArray) no_title = NULL;

  ent_exporter_set_title (exporter, "Sahel talks");
  g_assert_cmpuint (ent_export_image_get_parts (image), ==, ENT_PAGE_ALL);
  all = svg_texts (exporter);
  g_assert_true (texts_contain (all, "Vladimir Putin"));
  g_assert_true (texts_contain (all, "Camp 1"));
  g_assert_true (texts_contain (all, "Opposition"));
  g_assert_true (texts_contain (all, "Sahel talks"));
  g_assert_true (texts_contain (all, "actors"));

  /* The legend names the camps after their actors: left out here too. */
  ent_export_image_set_parts (image, ENT_PAGE_TITLE);
  no_labels = svg_texts (exporter);
  for (guint i = 0; i < G_N_ELEMENTS (fixture_actors); i++)
    {
      g_autofree char *start = g_strndup (fixture_actors[i].name, 4);

      g_assert_true (texts_contain (all, start));
      g_assert_false (texts_contain (no_labels, start));
    }
  g_assert_false (texts_contain (no_labels, "Camp 1"));
  g_assert_false (texts_contain (no_labels, "Opposition"));
  g_assert_true (texts_contain (no_labels, "Sahel talks"));
  g_assert_true (texts_contain (no_labels, "actors"));

  g_object_set (exporter, "parts", ENT_PAGE_TITLE | ENT_PAGE_LABELS, NULL);
  no_legend = svg_texts (exporter);
  g_assert_true (texts_contain (no_legend, "Vladimir Putin"));
  g_assert_false (texts_contain (no_legend, "Opposition"));
  g_assert_false (texts_contain (no_legend, "Alliance"));
  g_assert_cmpuint (no_legend->len, <, all->len);

  ent_export_image_set_parts (image, ENT_PAGE_LABELS | ENT_PAGE_LEGEND);
  no_title = svg_texts (exporter);
  g_assert_false (texts_contain (no_title, "Sahel talks"));
  g_assert_false (texts_contain (no_title, "actors"));
  g_assert_true (texts_contain (no_title, "Opposition"));
  g_assert_cmpuint (no_title->len, ==, all->len - 2);
}

/* Whether any pixel of the rectangle differs from the page's background,
 * the top left pixel. */
static gboolean
has_ink (cairo_surface_t *surface,
         int              x,
         int              y,
         int              width,
         int              height)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  cairo_surface_flush (surface);
  for (int row = y; row < y + height; row++)
    for (int col = x; col < x + width; col++)
      if (!pixel_near (data + row * stride + col * 4, data, 8))
        return TRUE;
  return FALSE;
}

/* A PNG without legend is shorter, and where the legend's first row was,
 * at the bottom left, there is only background. */
static void
test_png_legend (void)
{
  g_autoptr(EntProject) project = fixture_project_new ();
  g_autoptr(EntNetwork) network = fixture_network_new (project);
  g_autoptr(EntExporter) exporter = ent_exporter_new_for_format ("png", network, NULL);
  g_autoptr(GBytes) with_bytes = NULL;
  g_autoptr(GBytes) without_bytes = NULL;
  cairo_surface_t *with, *without;
  int with_height, without_height;

  with_bytes = ent_exporter_serialize (exporter, 0, NULL);
  ent_export_image_set_parts (ENT_EXPORT_IMAGE (exporter), ENT_PAGE_TITLE | ENT_PAGE_LABELS);
  without_bytes = ent_exporter_serialize (exporter, 0, NULL);
  with = decode_png (with_bytes);
  without = decode_png (without_bytes);
  with_height = cairo_image_surface_get_height (with);
  without_height = cairo_image_surface_get_height (without);

  g_assert_cmpint (cairo_image_surface_get_width (with), ==, cairo_image_surface_get_width (without));
  g_assert_cmpint (without_height, <, with_height);
  /* The legend's last row, above the bottom margin; the same corner of the
   * page without legend is margin. */
  g_assert_true (has_ink (with, 24, with_height - 24 - 22, 200, 22));
  g_assert_false (has_ink (without, 24, without_height - 20, 200, 20));
  g_assert_false (has_ink (with, 24, with_height - 16, 200, 16));

  cairo_surface_destroy (with);
  cairo_surface_destroy (without);
}

static char *
svg_string (EntExporter *exporter)
{
  g_autoptr(GBytes) bytes = ent_exporter_serialize (exporter, 0, NULL);

  g_assert_nonnull (bytes);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* The GNOME scheme draws the camps in the GNOME palette's colours. */
static void
test_scheme (void)
{
  g_autoptr(EntProject) project = fixture_project_new ();
  g_autoptr(EntNetwork) network = fixture_network_new (project);
  g_autoptr(EntExporter) exporter = ent_exporter_new_for_format ("svg", network, NULL);
  g_autofree char *colorblind = NULL;
  g_autofree char *gnome = NULL;
  char okabe_blue[8], gnome_blue[8];

  ent_color_to_hex (&ent_palette_get_scheme (ENT_PALETTE_SCHEME_COLORBLIND, ENT_PALETTE_LIGHT)->camps[0],
                    okabe_blue);
  ent_color_to_hex (&ent_palette_get_scheme (ENT_PALETTE_SCHEME_GNOME, ENT_PALETTE_LIGHT)->camps[0],
                    gnome_blue);
  g_assert_cmpstr (okabe_blue, !=, gnome_blue);
  g_assert_true (ent_palette_get (ENT_PALETTE_DARK) ==
                 ent_palette_get_scheme (ENT_PALETTE_SCHEME_COLORBLIND, ENT_PALETTE_DARK));

  g_assert_cmpuint (ent_export_image_get_scheme (ENT_EXPORT_IMAGE (exporter)), ==,
                    ENT_PALETTE_SCHEME_COLORBLIND);
  colorblind = svg_string (exporter);
  g_object_set (exporter, "scheme", ENT_PALETTE_SCHEME_GNOME, NULL);
  gnome = svg_string (exporter);
  g_assert_nonnull (strstr (colorblind, okabe_blue));
  g_assert_null (strstr (colorblind, gnome_blue));
  g_assert_nonnull (strstr (gnome, gnome_blue));
  g_assert_null (strstr (gnome, okabe_blue));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/entente/export/registry", test_registry);
  g_test_add_func ("/entente/export/golden", test_golden);
  g_test_add_func ("/entente/export/xml-escaping", test_xml_escaping);
  g_test_add_func ("/entente/export/csv", test_csv);
  g_test_add_func ("/entente/export/dot-quoting", test_dot_quoting);
  g_test_add_func ("/entente/export/json-round-trip", test_json_round_trip);
  g_test_add_func ("/entente/export/entente-round-trip", test_entente_round_trip);
  g_test_add_func ("/entente/export/svg-safe", test_svg_safe);
  g_test_add_func ("/entente/export/png-matches-painter", test_png_matches_painter);
  g_test_add_func ("/entente/export/png-encoder", test_png_encoder);
  g_test_add_func ("/entente/export/png-encoder-bands", test_png_encoder_bands);
  g_test_add_func ("/entente/export/svg-matches-painter", test_svg_matches_painter);
  g_test_add_func ("/entente/export/pdf-matches-painter", test_pdf_matches_painter);
  g_test_add_func ("/entente/export/pdf-text", test_pdf_text);
  g_test_add_func ("/entente/export/missing-folder", test_missing_folder);
  g_test_add_func ("/entente/export/file-size-limit", test_file_size_limit);
  g_test_add_func ("/entente/export/png-too-large", test_png_too_large);
  g_test_add_func ("/entente/export/empty", test_empty);
  g_test_add_func ("/entente/export/write-async", test_write_async);
  g_test_add_func ("/entente/export/dark", test_dark);
  g_test_add_func ("/entente/export/page-parts", test_page_parts);
  g_test_add_func ("/entente/export/png-legend", test_png_legend);
  g_test_add_func ("/entente/export/scheme", test_scheme);

  return g_test_run ();
}
