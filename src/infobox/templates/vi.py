"""Vietnamese Wikipedia's settlement templates, ``{{Thông tin khu dân cư}}`` and another.

``{{Thông tin khu dân cư}}`` is viwiki's name for English Wikipedia's
``{{Infobox settlement}}``: it takes the English parameter names (most pages call it
with them: Klaipėda, Montréal, Ottawa, San Diego, Sacramento) and, as aliases,
Vietnamese ones (``tên``, ``tổng dân số``, ``tên trực thuộc 1``…; Vancouver). Values
are written in Vietnamese conventions (``114,97`` km², ``ngày 6 tháng 4 năm 1886``).
Sources: the DBpedia mapping ``Mapping vi:Thông tin khu dân cư``
(dbpedia/extraction-framework, ``mappings/Mapping_vi.xml``) for the Vietnamese names,
checked against every call in the viwiki sample of ssvb/xztextfilter
(``testfiles/viwiki-truncated-100k.xml.xz``) and the viwiki pages of the research
corpus. ``{{Thông tin đơn vị hành chính Việt Nam}}`` is viwiki's own template for
Vietnam's administrative units (below).
"""

from __future__ import annotations

from typing import Final

from .spec import Label, TemplateSpec


def _numbered(
    pairs: tuple[tuple[str, str], ...], numbers: range, *, spaced: bool
) -> dict[str, str]:
    """Each Vietnamese name with a number after it (``trực thuộc 1``) → its English one."""
    out: dict[str, str] = {}
    for vietnamese, english in pairs:
        for n in numbers:
            suffix = f" {n}" if spaced else str(n)
            out[vietnamese + suffix] = english.replace("{n}", str(n))
    return out


_VIETNAMESE: Final = {
    # names and header
    "tên": "name",
    "tên chính thức": "official_name",
    "tên khác": "other_name",
    "tên bản địa": "native_name",
    "tên hiệu": "nickname",
    "loại khu vực": "settlement_type",
    "kiểu tổng": "total_type",
    "khẩu hiệu": "motto",
    # images and maps
    "hình nền trời": "image_skyline",
    "hình cờ": "image_flag",
    "hình con dấu": "image_seal",
    "hình khiên": "image_shield",
    "hình tượng trưng": "image_blank_emblem",
    "kiểu tượng trưng": "blank_emblem_type",
    "bản đồ": "image_map",
    "bản đồ 1": "image_map1",
    "bd điểm": "image_dot_map",
    "bd chèn": "pushpin_map",
    # location: trực thuộc (type) and tên trực thuộc (name), unnumbered then 1…6
    "trực thuộc": "subdivision_type",
    "tên trực thuộc": "subdivision_name",
    **_numbered(
        (("trực thuộc", "subdivision_type{n}"), ("tên trực thuộc", "subdivision_name{n}")),
        range(1, 7),
        spaced=True,
    ),
    # history: loại hình thành (title) and ngày hình thành (date)
    "loại hình thành": "established_title",
    "ngày hình thành": "established_date",
    **_numbered(
        (("loại hình thành", "established_title{n}"), ("ngày hình thành", "established_date{n}")),
        range(1, 8),
        spaced=False,
    ),
    # government
    "kiểu chính quyền": "government_type",
    "chức lãnh đạo": "leader_title",
    "tên lãnh đạo": "leader_name",
    **_numbered(
        (("chức lãnh đạo", "leader_title{n}"), ("tên lãnh đạo", "leader_name{n}")),
        range(1, 5),
        spaced=False,
    ),
    # area and elevation
    "độ lớn dt": "area_magnitude",
    "chú thích dt": "area_footnotes",
    "tổng diện tích km2": "area_total_km2",
    "đất liền km2": "area_land_km2",
    "nước km2": "area_water_km2",
    "vùng đô thị km2": "area_metro_km2",
    "ptram đất nước": "area_water_percent",
    "chú thích độ cao": "elevation_footnotes",
    "độ cao m": "elevation_m",
    "cao cực đại m": "elevation_max_m",
    "cao cực tiểu m": "elevation_min_m",
    # population
    "dso vào": "population_as_of",
    "chú thích dso": "population_footnotes",
    "ghi chú dso": "population_note",
    "tổng dân số": "population_total",
    "mật độ dso km2": "population_density_km2",
    "dso vùng đô thị": "population_metro",
    "dso đô thị": "population_urban",
    # time zone
    "múi giờ": "timezone",
    "lệch UTC": "utc_offset",
    "múi giờ DST": "timezone_DST",
    "lệch UTC DST": "utc_offset_DST",
    # coordinates: vĩ (latitude), kinh (longitude); độ, phút, giây, hướng
    "vĩ độ": "latd",
    "vĩ phút": "latm",
    "vĩ giây": "lats",
    "vĩ hướng": "latNS",
    "kinh độ": "longd",
    "kinh phút": "longm",
    "kinh giây": "longs",
    "kinh hướng": "longEW",
    # codes and the rest
    "kiểu mã bưu chính": "postal_code_type",
    "mã bưu chính": "postal_code",
    "mã điện thoại": "area_code",
    "tên trống": "blank_name",
    "thông tin trống": "blank_info",
    **_numbered(
        (("tên trống", "blank{n}_name"), ("thông tin trống", "blank{n}_info")),
        range(1, 8),
        spaced=False,
    ),
    "chú thích": "footnotes",
}

#: ``{{Thông tin khu dân cư}}``: English parameter names, and Vietnamese aliases.
THONG_TIN_KHU_DAN_CU: Final = TemplateSpec(
    name="Thông tin khu dân cư",
    wiki="vi",
    english_params=True,
    params=_VIETNAMESE,
    other=frozenset(
        {
            "kt hình",
            "ct hình",
            "kt cờ",
            "kt con dấu",
            "kt khiên",
            "kt tượng trưng",
            "ktbd",
            "ctbd",
            "ktbd1",
            "ctbd1",
            "ktbd điểm",
            "ctbd điểm",
            "điểm x",
            "điểm y",
            "vị trí nhãn chèn",
            "ctbd chèn",
            "ktbd chèn",
            "relief",
            "kiểu td",
        }
    ),
    source=(
        "viwiki, Template:Thông tin khu dân cư: DBpedia 'Mapping vi:Thông tin khu dân cư' "
        "(dbpedia/extraction-framework mappings/Mapping_vi.xml) and the calls in the "
        "viwiki sample of ssvb/xztextfilter (testfiles/viwiki-truncated-100k.xml.xz)"
    ),
)

#: ``{{Thông tin đơn vị hành chính Việt Nam}}``: an administrative unit of Vietnam (a
#: province, a city, a district, a ward…), with Vietnamese parameter names only. Its
#: first positional argument is the unit's kind (``tỉnh``, ``thành phố thuộc tỉnh``);
#: ``vĩ độ``/``kinh độ`` are decimal degrees here (degrees only in
#: ``{{Thông tin khu dân cư}}``); ``vùng`` is the region of Vietnam, ``tỉnh`` the
#: province a city belongs to. The template is only for Vietnam: the country is not a
#: parameter. Values carry their unit word (``454.700 người``, ``4.859,96 km²``).
DON_VI_HANH_CHINH_VIET_NAM: Final = TemplateSpec(
    name="Thông tin đơn vị hành chính Việt Nam",
    wiki="vi",
    params={
        "1": "settlement_type",
        "tên": "name",
        "tên khác": "other_name",
        "biệt danh": "nickname",
        "hình": "image_skyline",
        "logo": "image_blank_emblem",
        "vĩ độ": "latitude",
        "kinh độ": "longitude",
        "vùng": "subdivision_name1",
        "tỉnh": "subdivision_name2",
        "tỉnh lỵ": "seat",
        "thành lập": "established_date1",
        "chủ tịch UBND": "leader_name",
        "bí thư": "leader_name1",
        "bí thư tỉnh ủy": "leader_name1",
        "chủ tịch HĐND": "leader_name2",
        "diện tích": "area_total_km2",
        "dân số": "population_total",
        "thời điểm dân số": "population_as_of",
        "dân số thành thị": "population_urban",
        "dân số nông thôn": "population_rural",
        "mật độ dân số": "population_density_km2",
        "mã bưu chính": "postal_code",
        "mã điện thoại": "area_code",
        "mã địa lý": "iso_code",
        "biển số xe": "registration_plate",
        "web": "website",
    },
    labels=(
        Label("subdivision_type", "Quốc gia", when="name"),
        Label("subdivision_name", "Việt Nam", when="name"),
        Label("subdivision_type1", "Vùng", when="subdivision_name1"),
        Label("subdivision_type2", "Tỉnh", when="subdivision_name2"),
        Label("seat_type", "Tỉnh lỵ", when="seat"),
        Label("established_title1", "Thành lập", when="established_date1"),
        Label("leader_title", "Chủ tịch UBND", when="leader_name"),
        Label("leader_title1", "Bí thư", when="leader_name1"),
        Label("leader_title2", "Chủ tịch HĐND", when="leader_name2"),
        Label("postal_code_type", "Mã bưu chính", when="postal_code"),
        Label("area_code_type", "Mã điện thoại", when="area_code"),
        Label("registration_plate_type", "Biển số xe", when="registration_plate"),
    ),
    other=frozenset(
        {
            "ghi chú logo",
            "cỡ logo",
            "ghi chú hình",
            "nhiều hình",
            "bản đồ 1",
            "tựa bản đồ 1",
            "tên cũ",
            "quận trung tâm",
            "loại đô thị",
            "năm công nhận",
            "phân chia hành chính",
            "danh sách đơn vị hành chính",
            "trụ sở UBND",
            "hội đồng nhân dân",
            "đại biểu quốc hội",
            "chủ tịch UBMTTQ",
            "chánh án TAND",
            "viện trưởng VKSND",
            "dân tộc",
            "thời điểm kinh tế",
            "GRDP",
            "GRDP bình quân đầu người",
            "GRDP đầu người",
            "mã hành chính",
            "điện thoại",
            "fax",
        }
    ),
    source=(
        "viwiki, Template:Thông tin đơn vị hành chính Việt Nam: the parameters of its 15 "
        "calls in the viwiki sample of ssvb/xztextfilter (testfiles/viwiki-truncated-100k.xml.xz)"
    ),
)

SPECS: Final = (THONG_TIN_KHU_DAN_CU, DON_VI_HANH_CHINH_VIET_NAM)
