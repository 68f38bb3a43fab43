"""Forms: they validate and nothing else; the services decide and write."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from exercises.models import Exercise
from exercises.permissions import FACILITATOR_GROUP
from modules.models import ProgrammePage, SessionPage

from .models import InstitutionType, Workshop
from .services import WorkshopRefused, phone_normalise


class DateInput(forms.DateInput):
    input_type = "date"


class WorkshopForm(forms.ModelForm):
    class Meta:
        model = Workshop
        fields = ["programme", "name", "start_date", "end_date", "venue", "organiser", "status", "facilitators",
                  "required_sessions", "required_exercises", "pre_test", "post_test", "post_test_threshold"]
        widgets = {"start_date": DateInput(), "end_date": DateInput(),
                   "required_sessions": forms.CheckboxSelectMultiple, "required_exercises": forms.CheckboxSelectMultiple,
                   "facilitators": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["programme"].queryset = ProgrammePage.objects.live().order_by("-start_date")
        sessions = SessionPage.objects.live()
        if self.instance.pk:
            sessions = sessions.descendant_of(self.instance.programme)
        self.fields["required_sessions"].queryset = sessions.order_by("path")
        exercises = Exercise.objects.filter(is_published=True).order_by("title")
        for name in ("required_exercises", "pre_test", "post_test"):
            self.fields[name].queryset = exercises
        self.fields["facilitators"].queryset = get_user_model().objects.filter(
            Q(groups__name=FACILITATOR_GROUP) | Q(is_staff=True), is_active=True).distinct().order_by("username")
        self.fields["facilitators"].required = False
        self.fields["facilitators"].help_text = _("You are always one of them when you create the workshop.")
        self.fields["required_sessions"].required = False
        self.fields["required_exercises"].required = False

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The workshop cannot end before it starts."))
        programme = cleaned.get("programme")
        if programme is not None:
            outside = [s for s in cleaned.get("required_sessions") or [] if not s.path.startswith(programme.path)]
            if outside:
                self.add_error("required_sessions", _("Required sessions must belong to the workshop's programme."))
        return cleaned


class CodeForm(forms.Form):
    code = forms.CharField(label=_("Code"), max_length=20, widget=forms.TextInput(attrs={
        "autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false", "class": "code-input"}))


class ParticipantForm(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=150)
    institution_type = forms.ChoiceField(label=_("Institution type"), choices=InstitutionType.choices)
    institution_name = forms.CharField(label=_("Institution name"), max_length=200)
    position = forms.CharField(label=_("Position"), max_length=150)
    phone = forms.CharField(label=_("Phone number"), max_length=20, widget=forms.TextInput(attrs={
        "inputmode": "tel", "autocomplete": "tel"}), help_text=_("Example: 0812 3456 7890"))
    email = forms.EmailField(label=_("Email (optional)"), required=False)

    def clean_full_name(self):
        name = " ".join(self.cleaned_data["full_name"].split())
        if len(name) < 2:
            raise forms.ValidationError(_("Enter your full name."))
        return name

    def clean_phone(self):
        try:
            return phone_normalise(self.cleaned_data["phone"])
        except WorkshopRefused as refusal:
            raise forms.ValidationError(str(refusal)) from None

    def details(self) -> dict:
        data = self.cleaned_data
        return {name: data[name] for name in ("full_name", "institution_type", "institution_name", "position",
                                               "phone", "email")}


class RegisterForm(ParticipantForm):
    password1 = forms.CharField(label=_("Password"), strip=False, widget=forms.PasswordInput(attrs={
        "autocomplete": "new-password"}), help_text=_("At least 8 characters, not only digits."))
    password2 = forms.CharField(label=_("Password again"), strip=False, widget=forms.PasswordInput(attrs={
        "autocomplete": "new-password"}))

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords differ."))
        elif first:
            try:
                password_validation.validate_password(first)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned
