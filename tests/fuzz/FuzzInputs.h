#pragma once

// What the fuzz targets share: the bytes as a QByteArray (no copy), the default segments and
// template the importers check against, and a check that aborts (so libFuzzer keeps the input)
// with a message naming the broken property.

#include "domain/Segment.h"
#include "domain/Template.h"
#include "scoring/DefaultTemplate.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace tollgate
{

inline QByteArray fuzzBytes(const uint8_t* data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

inline const QList<Segment>& fuzzSegments()
{
    static const QList<Segment> segments = defaultSegments();
    return segments;
}

inline const Template& fuzzTemplate()
{
    static const Template t = defaultTemplate();
    return t;
}

inline void fuzzCheck(bool holds, const char* property)
{
    if (!holds) {
        std::fprintf(stderr, "property broken: %s\n", property);
        std::abort();
    }
}

} // namespace tollgate
