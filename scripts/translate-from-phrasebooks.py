#!/usr/bin/env python3
"""Fills the unfinished entries of the .ts files from the Qt Linguist phrase books beside them.

After `cmake --build build --target update_translations` has added the strings that new code
brought, every entry still marked unfinished whose English source text is, word for word, a
phrase of the phrase book gets that phrase's translation (Qt Linguist's "Batch translation",
without the window):

    resources/translations/tollgate_zh_CN.qph -> tollgate_zh_CN.ts
    resources/translations/tollgate_en.qph    -> tollgate_en.ts (plural forms: the target is
                                                 the singular, the definition the plural)

Entries with no phrase stay unfinished and are listed; unit.TestTranslationFiles fails until
someone translates them (and adds them to the phrase book). Only the standard library is used.

Usage: scripts/translate-from-phrasebooks.py [TRANSLATIONS_DIR]
"""
import os
import sys
import xml.etree.ElementTree as ET


def read_phrases(path):
    phrases = {}
    for phrase in ET.parse(path).getroot().iter('phrase'):
        source = phrase.findtext('source')
        target = phrase.findtext('target')
        if source and target:
            phrases[source] = (target, phrase.findtext('definition') or '')
    return phrases


def fill(ts_path, phrases, plural_forms):
    tree = ET.parse(ts_path)
    filled, left = 0, []
    for context in tree.getroot().iter('context'):
        for message in context.iter('message'):
            translation = message.find('translation')
            if translation is None or translation.get('type') != 'unfinished':
                continue
            source = message.findtext('source')
            if source not in phrases:
                left.append((context.findtext('name'), source))
                continue
            target, definition = phrases[source]
            if message.get('numerus') == 'yes':
                for form in list(translation):
                    translation.remove(form)
                translation.text = None
                for text in plural_forms(target, definition):
                    ET.SubElement(translation, 'numerusform').text = text
            else:
                translation.text = target
            del translation.attrib['type']
            filled += 1
    if filled:
        # lupdate writes these files; it rewrites this one in its own layout at the next update.
        with open(ts_path, 'wb') as out:
            out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(out, encoding='utf-8', xml_declaration=False)
    return filled, left


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', 'resources',
                                                                 'translations')
    books = [
        ('tollgate_zh_CN', lambda target, definition: [target]),  # Chinese has one form
        ('tollgate_en', lambda target, definition: [target, definition or target]),
    ]
    missing = 0
    for name, plural_forms in books:
        ts = os.path.join(folder, name + '.ts')
        qph = os.path.join(folder, name + '.qph')
        if not (os.path.exists(ts) and os.path.exists(qph)):
            continue
        filled, left = fill(ts, read_phrases(qph), plural_forms)
        print(f'{name}.ts: {filled} entries translated from {name}.qph, {len(left)} left')
        for context, source in left:
            print(f'  untranslated: {context}: {source!r}')
        missing += len(left)
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
