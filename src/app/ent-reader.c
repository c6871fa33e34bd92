/* ent-reader.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>
#include <string.h>

#include "ent-palette-setting.h"
#include "ent-reader.h"

/* How strongly a mention is tinted with its camp's colour. */
#define MENTION_ALPHA 0.3

struct _EntReader
{
  GtkWidget          parent_instance;

  EntDocument       *document;
  GArray            *mentions;      /* EntReaderMention, by start */
  GPtrArray         *mention_tags;  /* GtkTextTag or NULL, at camp + 1 */
  GtkTextTag        *hidden_tag;
  GtkTextTag        *evidence_tag;
  GtkTextTag        *cue_tag;
  GtkTextMark       *evidence_mark;
  guint              scroll_tick;
  guint              scroll_frames;

  GtkLabel          *details_label;
  GtkScrolledWindow *scroller;
  GtkTextView       *text_view;
  GtkLabel          *title_label;
};

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

enum {
  SIGNAL_MENTION_ACTIVATED,
  SIGNAL_ADD_ALIAS,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (EntReader, ent_reader, GTK_TYPE_WIDGET)

static void
add_detail (GPtrArray  *parts,
            const char *value)
{
  if (value != NULL && value[0] != '\0')
    g_ptr_array_add (parts, g_strdup (value));
}

static char *
dup_details (EntDocument *document)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  GDateTime *published = ent_document_get_published (document);
  const char *author = ent_document_get_author (document);

  add_detail (parts, ent_document_get_source (document));
  if (author != NULL && author[0] != '\0')
    /* Translators: the author of an article. */
    g_ptr_array_add (parts, g_strdup_printf (_("By %s"), author));
  if (published != NULL)
    /* Translators: the publication date of an article; see the
     * g_date_time_format() documentation. */
    g_ptr_array_add (parts, g_date_time_format (published, _("%-d %B %Y")));
  add_detail (parts, ent_document_get_dateline (document));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

/* The importer takes the first line of an article as its title. The reader
 * already shows the title above the text, so that line is hidden rather than
 * removed: the buffer keeps the document's character offsets, which the
 * evidence highlighting of later views relies on. */
static glong
leading_title_length (const char *text,
                      const char *title)
{
  const char *p = text;

  if (title == NULL || title[0] == '\0')
    return 0;
  while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  if (!g_str_has_prefix (p, title))
    return 0;
  p += strlen (title);
  if (*p != '\0' && *p != '\n' && *p != '\r')
    return 0;
  while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);

  return g_utf8_pointer_to_offset (text, p);
}

static void
update_text (EntReader *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  const char *text = self->document ? ent_document_get_text (self->document) : "";
  const char *title = self->document ? ent_document_get_title (self->document) : NULL;
  GtkTextIter start, end;
  glong hidden;

  gtk_text_buffer_set_text (buffer, text ? text : "", -1);
  hidden = leading_title_length (text ? text : "", title);
  if (hidden > 0)
    {
      gtk_text_buffer_get_start_iter (buffer, &start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, hidden);
      gtk_text_buffer_apply_tag (buffer, self->hidden_tag, &start, &end);
    }
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
}

static void
update_labels (EntReader *self)
{
  g_autofree char *details = NULL;
  const char *title = NULL;

  if (self->document != NULL)
    {
      title = ent_document_get_title (self->document);
      details = dup_details (self->document);
      if (title == NULL || title[0] == '\0')
        title = _("Untitled Article");
    }

  gtk_label_set_label (self->title_label, title ? title : "");
  gtk_label_set_label (self->details_label, details ? details : "");
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), title != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->details_label),
                          details != NULL && details[0] != '\0');
}

/* Scrolls so that the evidence sits in the upper third of the view. The
 * text view is not scrollable itself (the whole page scrolls), so its
 * position is found by hand, once the new text has been laid out. */
static gboolean
scroll_to_evidence_cb (GtkWidget     *widget,
                       GdkFrameClock *clock,
                       gpointer       data)
{
  EntReader *self = ENT_READER (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  GtkWidget *content = gtk_scrolled_window_get_child (self->scroller);
  GdkRectangle rect;
  GtkTextIter iter;
  double x, y, page, value;
  int wx, wy;

  /* Tick callbacks run before the frame's layout: the first one still sees
   * the old allocation of a text that was just replaced. */
  if (self->scroll_frames++ < 1)
    return G_SOURCE_CONTINUE;

  self->scroll_tick = 0;
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, self->evidence_mark);
  gtk_text_view_get_iter_location (self->text_view, &iter, &rect);
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         rect.x, rect.y, &wx, &wy);
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (self->text_view), content, wx, wy, &x, &y))
    return G_SOURCE_REMOVE;

  page = gtk_adjustment_get_page_size (vadjustment);
  value = CLAMP (y - page / 3, gtk_adjustment_get_lower (vadjustment),
                 gtk_adjustment_get_upper (vadjustment) - page);
  gtk_adjustment_set_value (vadjustment, value);

  return G_SOURCE_REMOVE;
}

static void
apply_span (GtkTextBuffer *buffer,
            GtkTextTag    *tag,
            guint          start,
            guint          end)
{
  GtkTextIter start_iter, end_iter;

  gtk_text_buffer_get_iter_at_offset (buffer, &start_iter, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end_iter, end);
  gtk_text_buffer_apply_tag (buffer, tag, &start_iter, &end_iter);
}

/* Mentions ---------------------------------------------------------------- */

static void
mention_clear (gpointer data)
{
  EntReaderMention *mention = data;

  g_clear_pointer (&mention->actor, g_free);
}

static void
color_tag (GtkTextTag *tag,
           int         camp)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  const EntPalette *palette = ent_palette_setting_get (dark);
  EntColor color = palette->no_camp;
  GdkRGBA rgba;

  if (camp >= 0)
    ent_palette_get_camp_color (palette, camp, &color);
  rgba = (GdkRGBA) { color.red, color.green, color.blue, MENTION_ALPHA };
  g_object_set (tag, "background-rgba", &rgba, NULL);
}

/* One tag per camp, made when first needed, in the canvas's colours. */
static GtkTextTag *
get_mention_tag (EntReader *self,
                 int        camp)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  guint index = (guint) (MAX (camp, -1) + 1);
  GtkTextTag *tag;

  if (index >= self->mention_tags->len)
    g_ptr_array_set_size (self->mention_tags, index + 1);
  tag = g_ptr_array_index (self->mention_tags, index);
  if (tag == NULL)
    {
      g_autofree char *name = g_strdup_printf ("mention-camp-%d", MAX (camp, -1));

      tag = gtk_text_buffer_create_tag (buffer, name, NULL);
      color_tag (tag, camp);
      g_ptr_array_index (self->mention_tags, index) = tag;
    }

  return tag;
}

static void
dark_changed_cb (EntReader *self)
{
  for (guint i = 0; i < self->mention_tags->len; i++)
    if (g_ptr_array_index (self->mention_tags, i) != NULL)
      color_tag (g_ptr_array_index (self->mention_tags, i), (int) i - 1);
}

static void
apply_mentions (EntReader *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  for (guint i = 0; i < self->mention_tags->len; i++)
    if (g_ptr_array_index (self->mention_tags, i) != NULL)
      gtk_text_buffer_remove_tag (buffer, g_ptr_array_index (self->mention_tags, i), &start, &end);

  for (guint i = 0; i < self->mentions->len; i++)
    {
      EntReaderMention *mention = &g_array_index (self->mentions, EntReaderMention, i);

      apply_span (buffer, get_mention_tag (self, mention->camp), mention->start, mention->end);
    }
}

static int
compare_mentions (gconstpointer a,
                  gconstpointer b)
{
  const EntReaderMention *ma = a, *mb = b;

  return (ma->start > mb->start) - (ma->start < mb->start);
}

/* A click on a mention selects its actor. It acts on the press and does
 * not claim it, so that the text view still selects text from there. */
static void
click_pressed_cb (EntReader       *self,
                  int              n_press,
                  double           x,
                  double           y,
                  GtkGestureClick *gesture)
{
  GtkTextIter iter;
  const char *actor;
  int bx, by;

  if (n_press != 1)
    return;
  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         (int) x, (int) y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
    return;
  actor = ent_reader_get_mention_at (self, gtk_text_iter_get_offset (&iter), NULL);
  if (actor != NULL)
    g_signal_emit (self, signals[SIGNAL_MENTION_ACTIVATED], 0, actor);
}

static void
add_alias_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  EntReader *self = ENT_READER (widget);
  g_autofree char *text = ent_reader_dup_selected_text (self);

  if (text != NULL)
    g_signal_emit (self, signals[SIGNAL_ADD_ALIAS], 0, text);
}

static void
selection_changed_cb (EntReader *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.add-alias",
                                 gtk_text_buffer_get_has_selection (buffer));
}

static void
setup_mentions (EntReader *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  g_autoptr(GMenu) menu = g_menu_new ();

  self->mentions = g_array_new (FALSE, FALSE, sizeof (EntReaderMention));
  g_array_set_clear_func (self->mentions, mention_clear);
  self->mention_tags = g_ptr_array_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (GTK_EVENT_CONTROLLER (click), "ent-reader-mention-click");
  g_signal_connect_object (click, "pressed", G_CALLBACK (click_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (click));

  g_menu_append (menu, _("Add as Alias of…"), "reader.add-alias");
  gtk_text_view_set_extra_menu (self->text_view, G_MENU_MODEL (menu));
  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "notify::has-selection",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
  ent_palette_setting_connect (self, G_CALLBACK (dark_changed_cb));
  selection_changed_cb (self);
}

static void
ent_reader_dispose (GObject *object)
{
  EntReader *self = ENT_READER (object);

  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
  self->scroll_tick = 0;
  g_clear_object (&self->document);
  g_clear_pointer (&self->mentions, g_array_unref);
  g_clear_pointer (&self->mention_tags, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), ENT_TYPE_READER);

  G_OBJECT_CLASS (ent_reader_parent_class)->dispose (object);
}

static void
ent_reader_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  EntReader *self = ENT_READER (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, ent_reader_get_document (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_reader_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  EntReader *self = ENT_READER (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      ent_reader_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_reader_class_init (EntReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ent_reader_dispose;
  object_class->get_property = ent_reader_get_property;
  object_class->set_property = ent_reader_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         ENT_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * EntReader::mention-activated:
   * @actor: the id of the actor mentioned
   *
   * The user clicked a mention of an actor.
   */
  signals[SIGNAL_MENTION_ACTIVATED] =
    g_signal_new ("mention-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * EntReader::add-alias:
   * @text: the selected text, without surrounding spaces
   *
   * The user asked to make the selected text an alias of an actor.
   */
  signals[SIGNAL_ADD_ALIAS] =
    g_signal_new ("add-alias", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "reader.add-alias", NULL, add_alias_action);

  g_type_ensure (ADW_TYPE_CLAMP);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ent-reader.ui");
  gtk_widget_class_bind_template_child (widget_class, EntReader, details_label);
  gtk_widget_class_bind_template_child (widget_class, EntReader, scroller);
  gtk_widget_class_bind_template_child (widget_class, EntReader, text_view);
  gtk_widget_class_bind_template_child (widget_class, EntReader, title_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "entreader");
}

static void
ent_reader_init (EntReader *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start;

  gtk_widget_init_template (GTK_WIDGET (self));

  buffer = gtk_text_view_get_buffer (self->text_view);
  self->hidden_tag = gtk_text_buffer_create_tag (buffer, NULL, "invisible", TRUE, NULL);
  /* Translucent, so that they read on light and dark backgrounds alike. */
  self->evidence_tag = gtk_text_buffer_create_tag (buffer, "evidence",
                                                   "background", "rgba(53,132,228,0.22)",
                                                   "underline", PANGO_UNDERLINE_SINGLE,
                                                   NULL);
  self->cue_tag = gtk_text_buffer_create_tag (buffer, "cue",
                                              "weight", PANGO_WEIGHT_BOLD,
                                              "underline", PANGO_UNDERLINE_DOUBLE,
                                              NULL);
  gtk_text_buffer_get_start_iter (buffer, &start);
  self->evidence_mark = gtk_text_buffer_create_mark (buffer, NULL, &start, TRUE);
  setup_mentions (self);
  update_labels (self);
}

GtkWidget *
ent_reader_new (void)
{
  return g_object_new (ENT_TYPE_READER, NULL);
}

EntDocument *
ent_reader_get_document (EntReader *self)
{
  g_return_val_if_fail (ENT_IS_READER (self), NULL);

  return self->document;
}

GtkTextView *
ent_reader_get_view (EntReader *self)
{
  g_return_val_if_fail (ENT_IS_READER (self), NULL);

  return self->text_view;
}

void
ent_reader_set_document (EntReader   *self,
                         EntDocument *document)
{
  GtkAdjustment *vadjustment;

  g_return_if_fail (ENT_IS_READER (self));
  g_return_if_fail (!document || ENT_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;

  /* The mentions were those of the other text. */
  g_array_set_size (self->mentions, 0);
  update_labels (self);
  update_text (self);
  vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/**
 * ent_reader_clear_evidence:
 *
 * Removes the highlighting of ent_reader_show_evidence().
 */
void
ent_reader_clear_evidence (EntReader *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_if_fail (ENT_IS_READER (self));

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->evidence_tag, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->cue_tag, &start, &end);
}

/**
 * ent_reader_show_evidence:
 * @sentence_start: the first character of the sentence, as an offset into
 *   the document's text
 * @cue_start: the cue's first character; the cue may be empty
 *
 * Highlights a sentence and its cue (the text tags are named "evidence"
 * and "cue") and scrolls the sentence into view.
 */
void
ent_reader_show_evidence (EntReader *self,
                          guint      sentence_start,
                          guint      sentence_end,
                          guint      cue_start,
                          guint      cue_end)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter;

  g_return_if_fail (ENT_IS_READER (self));

  ent_reader_clear_evidence (self);
  buffer = gtk_text_view_get_buffer (self->text_view);
  apply_span (buffer, self->evidence_tag, sentence_start, sentence_end);
  if (cue_end > cue_start)
    apply_span (buffer, self->cue_tag, cue_start, cue_end);

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, sentence_start);
  gtk_text_buffer_move_mark (buffer, self->evidence_mark, &iter);
  self->scroll_frames = 0;
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_evidence_cb,
                                                      NULL, NULL);
}

/**
 * ent_reader_set_mentions:
 * @mentions: (element-type EntReaderMention): the mentions in the shown
 *   document's text; copied
 *
 * Tints every mention with the colour of its actor's camp, and makes it a
 * link to the actor (EntReader::mention-activated).
 */
void
ent_reader_set_mentions (EntReader *self,
                         GArray    *mentions)
{
  glong length;

  g_return_if_fail (ENT_IS_READER (self));

  g_array_set_size (self->mentions, 0);
  length = self->document ? ent_document_get_length (self->document) : 0;
  for (guint i = 0; mentions != NULL && i < mentions->len; i++)
    {
      EntReaderMention copy = g_array_index (mentions, EntReaderMention, i);

      if (copy.start >= copy.end || copy.end > (guint) length)
        continue;
      copy.actor = g_strdup (copy.actor);
      g_array_append_val (self->mentions, copy);
    }
  g_array_sort (self->mentions, compare_mentions);
  apply_mentions (self);
}

guint
ent_reader_get_n_mentions (EntReader *self)
{
  g_return_val_if_fail (ENT_IS_READER (self), 0);

  return self->mentions->len;
}

/**
 * ent_reader_get_mention_at:
 * @offset: a character offset into the document's text
 * @camp: (out) (optional): the camp of the actor
 *
 * Returns: (nullable): the id of the actor mentioned at @offset
 */
const char *
ent_reader_get_mention_at (EntReader *self,
                           guint      offset,
                           int       *camp)
{
  g_return_val_if_fail (ENT_IS_READER (self), NULL);

  for (guint i = 0; i < self->mentions->len; i++)
    {
      EntReaderMention *mention = &g_array_index (self->mentions, EntReaderMention, i);

      if (mention->start > offset)
        break;
      if (offset < mention->end)
        {
          if (camp != NULL)
            *camp = mention->camp;
          return mention->actor;
        }
    }
  return NULL;
}

/* Returns: (nullable): the selected text without surrounding spaces, or
 *   %NULL when nothing but spaces is selected */
char *
ent_reader_dup_selected_text (EntReader *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  g_return_val_if_fail (ENT_IS_READER (self), NULL);

  buffer = gtk_text_view_get_buffer (self->text_view);
  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return NULL;
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (text[0] == '\0')
    return NULL;
  return g_steal_pointer (&text);
}
