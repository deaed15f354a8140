"""The daily digest's words (/digest's answers and errors, the digest itself, the paused
notice), in French and English; bot/i18n.py looks them up with its own ``t``."""

from __future__ import annotations

DIGEST_STRINGS: dict[str, dict[str, str]] = {
    "digest.usage": {
        "en": "*/digest* posts a daily digest of the new articles in this channel.\n"
        "• `/digest at 08:00 Europe/Paris` — every day (zone optional: yours by default)\n"
        "• `/digest at 8:00 am weekdays`, `/digest 7h30 mon-fri`, `/digest at 18:00 mon,wed,fri`\n"
        "• `/digest status` — the schedule, the next and the last digest\n"
        "• `/digest now` — a preview only you see (the day's digest still goes out)\n"
        "• `/digest off` — stop",
        "fr": "*/digest* publie chaque jour une revue des nouveaux articles dans ce canal.\n"
        "• `/digest à 8h Europe/Paris` — tous les jours (fuseau facultatif : le vôtre)\n"
        "• `/digest 7h30 lun-ven`, `/digest à 18h lun,mer,ven`, `/digest 8h en semaine`\n"
        "• `/digest statut` — l’horaire, la prochaine et la dernière revue\n"
        "• `/digest maintenant` — un aperçu que vous seul voyez (la revue du jour partira)\n"
        "• `/digest off` — arrêter",
    },
    "digest.off": {
        "en": "Daily digest turned off in this channel.",
        "fr": "Revue quotidienne arrêtée dans ce canal.",
    },
    "digest.off.none": {
        "en": "No digest was scheduled in this channel.",
        "fr": "Aucune revue n’était programmée dans ce canal.",
    },
    "digest.set": {
        "en": "Daily digest set for this channel: {schedule}",
        "fr": "Revue quotidienne programmée dans ce canal : {schedule}",
    },
    "digest.set.zone": {
        "en": "_{zone} is your Slack time zone; add a zone to choose another._",
        "fr": "_{zone} est votre fuseau Slack ; ajoutez un fuseau pour en choisir un autre._",
    },
    "digest.set.utc": {
        "en": "_No time zone given and none in your Slack profile: UTC. Add one, e.g. "
        "`/digest at 08:00 Europe/Paris`._",
        "fr": "_Aucun fuseau indiqué ni trouvé dans votre profil Slack : UTC. Ajoutez-en un, "
        "par exemple `/digest à 8h Europe/Paris`._",
    },
    "digest.status.none": {
        "en": "No digest is scheduled in this channel. "
        "Set one with `/digest at 08:00 Europe/Paris weekdays`.",
        "fr": "Aucune revue n’est programmée dans ce canal. "
        "Programmez-la avec `/digest à 8h Europe/Paris lun-ven`.",
    },
    "digest.status": {"en": "Daily digest: {schedule}", "fr": "Revue quotidienne : {schedule}"},
    "digest.status.paused": {
        "en": "*Paused*: Slack refused the last post (`{code}`). "
        "Invite me to this channel, then set the digest again.",
        "fr": "*Suspendue* : Slack a refusé la dernière publication (`{code}`). "
        "Invitez-moi dans ce canal, puis reprogrammez la revue.",
    },
    "digest.status.never": {
        "en": "No digest posted yet.",
        "fr": "Aucune revue publiée pour l’instant.",
    },
    "digest.status.last": {
        "en": "Last digest: {when} ({articles}).",
        "fr": "Dernière revue : {when} ({articles}).",
    },
    "digest.next": {"en": "Next: {when} ({zone}).", "fr": "Prochaine : {when} ({zone})."},
    "digest.next.today": {"en": "today, {time}", "fr": "aujourd’hui, {time}"},
    "digest.next.now": {
        "en": "Next: within a minute (today's is due).",
        "fr": "Prochaine : d’ici une minute (celle d’aujourd’hui est due).",
    },
    "digest.paused.notice": {
        "en": "I could not post the daily digest in <#{channel}> (`{code}`), so it is paused. "
        "Invite me there (`/invite @Précis`), then set it again with `/digest at …` there.",
        "fr": "Je n’ai pas pu publier la revue quotidienne dans <#{channel}> (`{code}`) : "
        "elle est suspendue. Invitez-moi dans ce canal (`/invite @Précis`), puis "
        "reprogrammez-la avec `/digest à …`.",
    },
    "digest.preview": {
        "en": "_Preview: only you see this. It does not replace the scheduled digest._",
        "fr": "_Aperçu visible de vous seul : il ne remplace pas la revue programmée._",
    },
    "digest.heading": {"en": "Digest", "fr": "Revue de presse"},
    "digest.empty": {"en": "No new articles today.", "fr": "Aucun nouvel article aujourd’hui."},
    "digest.count.1": {"en": "1 new article", "fr": "1 nouvel article"},
    "digest.count": {"en": "{count} new articles", "fr": "{count} nouveaux articles"},
    "digest.more": {"en": "*And {count} more:*", "fr": "*Et {count} autres :*"},
    "digest.hidden": {
        "en": "_…and {count} more: find them with `/summary` and a few words._",
        "fr": "_…et {count} autres : retrouvez-les avec `/summary` et quelques mots._",
    },
    # What /digest did not understand; {word} is the user's word, escaped and shortened.
    "digest.error.two_times": {
        "en": "Give one time only, e.g. `/digest at 08:00`.",
        "fr": "Donnez une seule heure, par exemple `/digest à 8h`.",
    },
    "digest.error.not_a_time": {
        "en": "“{word}” is not a time of day. Use a time like `08:00`, `8h` or `8:00 am`.",
        "fr": "« {word} » n’est pas une heure valide. Écrivez par exemple `08:00`, `8h` ou `8h30`.",
    },
    "digest.error.two_zones": {
        "en": "Give one time zone only.",
        "fr": "Donnez un seul fuseau horaire.",
    },
    "digest.error.no_time": {
        "en": "Tell me when to post, e.g. `/digest at 08:00 Europe/Paris weekdays`.",
        "fr": "Indiquez l’heure d’envoi, par exemple `/digest à 8h Europe/Paris lun-ven`.",
    },
    "digest.error.offset": {
        "en": "“{word}” is an offset, which breaks at daylight-saving time. "
        "Use a zone name such as `Europe/Paris` or `America/New_York`.",
        "fr": "« {word} » est un décalage, faux au changement d’heure. "
        "Utilisez un fuseau comme `Europe/Paris` ou `America/Montreal`.",
    },
    "digest.error.unknown_zone": {
        "en": "Unknown time zone “{word}”.",
        "fr": "Fuseau horaire inconnu : « {word} ».",
    },
    "digest.error.unknown_zone.close": {
        "en": "Unknown time zone “{word}”. Did you mean `{zone}`?",
        "fr": "Fuseau horaire inconnu : « {word} ». Vouliez-vous dire `{zone}` ?",
    },
    "digest.error.unknown_word": {
        "en": "I didn't understand “{word}”. Try `/digest at 08:00 Europe/Paris weekdays`, "
        "`/digest off`, `/digest status` or `/digest now`.",
        "fr": "Je n’ai pas compris « {word} ». Essayez `/digest à 8h Europe/Paris lun-ven`, "
        "`/digest off`, `/digest statut` ou `/digest maintenant`.",
    },
}
