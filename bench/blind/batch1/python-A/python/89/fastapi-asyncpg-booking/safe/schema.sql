CREATE TABLE IF NOT EXISTS bookings (
    id          BIGSERIAL PRIMARY KEY,
    reference   VARCHAR(12) NOT NULL UNIQUE,
    last_name   TEXT NOT NULL,
    email       TEXT NOT NULL,
    check_in    DATE NOT NULL,
    check_out   DATE NOT NULL,
    room_type   TEXT NOT NULL,
    card_last4  CHAR(4),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS bookings_last_name_idx ON bookings (lower(last_name));
