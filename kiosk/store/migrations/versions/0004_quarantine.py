"""the store's key fingerprint; rows whose sealed payload cannot be opened are set aside

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "store_meta",
        sa.Column("key", sa.String(40), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    # the sealed text as it was found, kept for a later restore with the right key
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("quarantined", sa.Text, nullable=True))
    with op.batch_alter_table("filing") as batch:
        batch.add_column(sa.Column("quarantined", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("filing") as batch:
        batch.drop_column("quarantined")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("quarantined")
    op.drop_table("store_meta")
