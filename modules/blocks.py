"""The StreamField blocks of a session page: one shared StreamBlock, as in bakerydemo."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=150)
    level = blocks.ChoiceBlock(choices=[("h2", "H2"), ("h3", "H3")], default="h2", label=_("Level"))

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        preview_value = {"text": "Bentuk-bentuk kekerasan", "level": "h2"}
        description = _("A section heading")


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document (slides as PDF)"))
    title = blocks.CharBlock(required=False, max_length=150, label=_("Link text"))

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video address"), help_text=_("Optional: the page still works offline without it."))
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=[("info", _("Information")), ("warning", _("Warning"))], default="info",
                              label=_("Kind"))
    title = blocks.CharBlock(required=False, max_length=150, label=_("Title"))
    text = blocks.RichTextBlock(features=["bold", "italic", "ul", "ol", "link"], label=_("Text"))

    class Meta:
        icon = "warning"
        template = "blocks/callout_block.html"
        preview_value = {"kind": "warning", "title": "Perhatian",
                         "text": "<p>Tanggal kejadian bukan tanggal lapor.</p>"}


class GlossaryBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(SnippetChooserBlock("modules.Istilah", label=_("Term")), **kwargs)

    class Meta:
        icon = "list-ul"
        template = "blocks/glossary_block.html"
        label = _("Glossary terms")


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=150, label=_("Step"))
    text = blocks.TextBlock(required=False, label=_("Explanation"))
    image = ImageBlock(required=False, label=_("Screenshot"))


class StepsBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(StepBlock(), **kwargs)

    class Meta:
        icon = "list-ol"
        template = "blocks/steps_block.html"
        label = _("Step by step")


class ExerciseBlock(blocks.StructBlock):
    exercise = SnippetChooserBlock("exercises.Exercise", label=_("Exercise"))
    intro = blocks.TextBlock(required=False, label=_("Introduction"))

    class Meta:
        icon = "tasks"
        template = "blocks/exercise_block.html"
        label = _("Exercise from the case bank")


class SessionBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=["h3", "bold", "italic", "ul", "ol", "link"], icon="pilcrow",
                                     label=_("Rich text"), template="blocks/paragraph_block.html")
    image = CaptionedImageBlock()
    document = DocumentBlock()
    video = VideoBlock()
    callout = CalloutBlock()
    glossary = GlossaryBlock()
    steps = StepsBlock()
    exercise = ExerciseBlock()
