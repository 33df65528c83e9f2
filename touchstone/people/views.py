"""Pages for people, organisations and memberships (being written)."""

def person_list(request, slug, **kwargs):
    raise NotImplementedError

def person_create(request, slug, **kwargs):
    raise NotImplementedError

def person_detail(request, slug, **kwargs):
    raise NotImplementedError

def person_edit(request, slug, **kwargs):
    raise NotImplementedError

def organisation_list(request, slug, **kwargs):
    raise NotImplementedError

def organisation_create(request, slug, **kwargs):
    raise NotImplementedError

def organisation_edit(request, slug, **kwargs):
    raise NotImplementedError

def membership_add(request, slug, **kwargs):
    raise NotImplementedError

def membership_edit(request, slug, **kwargs):
    raise NotImplementedError
