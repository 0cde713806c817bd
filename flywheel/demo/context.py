"""The people, machines and places that demo sessions talk about.

Each session draws one context; templates refer to its fields in braces:
`user first login client domain code host dc server print_server backup_server vm printer
ip public_ip shared phone keyid count gb minutes site dept`.
"""

from __future__ import annotations

import random

FIRST_NAMES = (
    "Priya",
    "Marcus",
    "Elena",
    "Tomasz",
    "Aisha",
    "Jonas",
    "Mei",
    "Diego",
    "Hannah",
    "Kwame",
    "Sofia",
    "Liam",
    "Fatima",
    "Oskar",
    "Grace",
    "Ravi",
    "Nora",
    "Mateo",
    "Yuki",
    "Ben",
)
LAST_NAMES = (
    "Raman",
    "Okafor",
    "Lindqvist",
    "Novak",
    "Haddad",
    "Berg",
    "Chen",
    "Alvarez",
    "Fischer",
    "Mensah",
    "Rossi",
    "Murphy",
    "Khan",
    "Nilsson",
    "Adeyemi",
    "Patel",
    "Sullivan",
    "Kowalski",
    "Tanaka",
    "Dubois",
)
# Invented MSP customers: (name, mail domain, short code used in host names).
CLIENTS = (
    ("Harbor Dental Group", "harbordental.example", "HDG"),
    ("Kestrel Logistics", "kestrel-logistics.example", "KSL"),
    ("Bramble & Finch LLP", "bramblefinch.example", "BFL"),
    ("Northgate Veterinary", "northgatevets.example", "NGV"),
    ("Alder Street Architects", "alderstreet.example", "ASA"),
    ("Meridian Credit Union", "meridiancu.example", "MCU"),
    ("Copperleaf Bakery Co", "copperleaf.example", "CLB"),
)
INTERNAL = ("Northwind", "northwind.example", "NW")
DEPARTMENTS = ("Finance", "Sales", "Warehouse", "HR", "Marketing", "Customer Care", "Legal")
SITES = ("head office", "the riverside branch", "warehouse 2", "the city office", "the clinic")
PRINTERS = (
    "HP LaserJet M507 (2nd floor)",
    "Ricoh IM C3000 (reception)",
    "Brother HL-L6400 (dispatch)",
    "Canon iR-ADV C5535 (finance)",
    "Kyocera ECOSYS P3155 (front desk)",
)
PHONES = ("iPhone 15", "iPhone 13", "Pixel 8", "Galaxy S23", "Galaxy A54")
SHARED_BOXES = ("accounts", "reception", "orders", "hr", "support", "bookings")
VM_ROLES = ("SQL01", "APP02", "RDS01", "FS01", "ERP01")


def make_context(rng: random.Random, *, internal: bool) -> dict[str, str]:
    """One user on one machine at one customer (or, `internal`, one department)."""
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    client, domain, code = INTERNAL if internal else rng.choice(CLIENTS)
    kind = rng.choice(("LT", "LT", "WS"))
    return {
        "user": f"{first} {last}",
        "first": first,
        "login": f"{first[0]}{last}".lower(),
        "client": client,
        "domain": domain,
        "code": code,
        "host": f"{code}-{kind}{rng.randint(100, 999)}",
        "dc": f"{code}-DC0{rng.randint(1, 2)}",
        "server": f"{code}-SRV0{rng.randint(1, 4)}",
        "print_server": f"{code}-PRT01",
        "backup_server": f"{code}-VBR0{rng.randint(1, 2)}",
        "vm": f"{code}-{rng.choice(VM_ROLES)}",
        "printer": rng.choice(PRINTERS),
        "ip": f"10.{rng.randint(10, 40)}.{rng.randint(0, 20)}.{rng.randint(20, 240)}",
        "public_ip": f"203.0.113.{rng.randint(2, 250)}",
        "shared": f"{rng.choice(SHARED_BOXES)}@{domain}",
        "phone": rng.choice(PHONES),
        "keyid": f"{rng.getrandbits(32):08X}",
        "count": str(rng.randint(3, 40)),
        "gb": f"{rng.uniform(0.2, 0.9):.1f}",
        "minutes": str(rng.choice((2, 3, 5, 10, 15))),
        "site": rng.choice(SITES),
        "dept": rng.choice(DEPARTMENTS),
    }
