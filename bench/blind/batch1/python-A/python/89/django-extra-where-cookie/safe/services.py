DISTANCE_SQL = (
    "6371 * acos(cos(radians(%s)) * cos(radians(latitude)) * cos(radians(longitude) - radians(%s))"
    " + sin(radians(%s)) * sin(radians(latitude)))"
)


def nearby_stores(queryset, region: str, lat: float, lng: float, radius_km: float = 25.0):
    return queryset.extra(
        select={"distance": DISTANCE_SQL},
        select_params=(lat, lng, lat),
        where=["region_code = %s", DISTANCE_SQL + " < %s"],
        params=[region, lat, lng, lat, radius_km],
        order_by=["distance"],
    )
