"""The checklist of kinds of organisation to engage (seed 000, step 2)."""

from django.db import models


class StakeholderCategory(models.TextChoices):
    GP_PRACTICE = "gp_practice", "GP practices"
    ACUTE_HOSPITAL = "acute_hospital", "Acute hospitals"
    COMMUNITY_CARE = "community_care", "Community care"
    MENTAL_HEALTH = "mental_health", "Mental health services"
    SOCIAL_CARE = "social_care", "Social care"
    CARE_HOME = "care_home", "Nursing and care homes"
    COMMUNITY_PHARMACY = "community_pharmacy", "Community pharmacy"
    DIETETICS = "dietetics", "Dietetics"
    OCCUPATIONAL_THERAPY = "occupational_therapy", "Occupational therapy"
    FITNESS_LEISURE = "fitness_leisure", "Fitness and leisure"
    LOCAL_AUTHORITY = "local_authority", "Local authorities"
    COMMISSIONER = "commissioner", "Integrated care boards (commissioners)"
    NHS_ENGLAND = "nhs_england", "NHS England regional teams"
    HEALTHWATCH = "healthwatch", "Healthwatch and patient associations"
    PATIENT_GROUP = "patient_group", "Patient, carer and user groups"
    VOLUNTARY_COMMUNITY = "voluntary_community", "Voluntary and community organisations"
    CARERS_ORGANISATION = "carers_organisation", "Carers organisations"
    HOUSING_WIDER = "housing_wider", "Housing and other wider partners"


def checklist() -> dict[str, str]:
    """Return the categories every programme should cover, code to plain label."""
    return {str(value): str(label) for value, label in StakeholderCategory.choices}
