"""Payments and expenses pages inside a programme (signed in)."""

from django.urls import path

from . import claim_views, export_views, policy_views, views

app_name = "payments"

P = "<slug:slug>/payments/"
C = P + "claims/<int:pk>/"
urlpatterns = [
    path(P, views.home, name="home"),
    path(P + "policy/", policy_views.policy_page, name="policy"),
    path(P + "totals/", views.totals, name="totals"),
    path(P + "choices/<int:person_pk>/", views.choices, name="choices"),
    path(P + "statement/<int:person_pk>/", views.statement, name="statement"),
    path(
        P + "statement/<int:person_pk>/statement.docx",
        views.statement_docx,
        name="statement_docx",
    ),
    path(P + "exports/", export_views.export_list, name="export_list"),
    path(P + "exports/<int:batch_pk>.csv", export_views.export_download, name="export_download"),
    path(
        P + "exports/<int:batch_pk>.xlsx",
        export_views.export_download_xlsx,
        name="export_download_xlsx",
    ),
    path(P + "claims/", views.claim_list, name="claim_list"),
    path(P + "claims/new/", claim_views.claim_new, name="claim_new"),
    path(C, claim_views.claim_detail, name="claim_detail"),
    path(C + "activities/", claim_views.activity_add, name="activity_add"),
    path(C + "expenses/", claim_views.expense_add, name="expense_add"),
    path(C + "<str:kind>/<int:line_pk>/remove/", claim_views.line_remove, name="line_remove"),
    path(C + "return/", claim_views.claim_return, name="claim_return"),
    path(C + "paid/", claim_views.claim_pay, name="claim_pay"),
    path(C + "expenses/<int:expense_pk>/receipt/", claim_views.receipt_download, name="receipt"),
    path(C + "<str:move>/", claim_views.claim_move, name="claim_move"),
]
