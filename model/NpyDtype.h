#pragma once

#include "Result.h"

#include <QString>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <vector>

namespace skops {

// A numpy dtype as written in an .npy header's `descr`: a simple type string
// ('<f8', '|S3', '<M8[10s]') or a structured record of entries. Object dtypes
// ('|O') are refused: they would need unpickling.
class NpyDtype
{
public:
    enum class Kind {
        Bool,
        SignedInt,
        UnsignedInt,
        Float, // f2, f4, f8; f12/f16 are x87 extended precision
        Complex, // c8, c16; c24/c32 are pairs of x87 extended values
        Unicode, // U: UCS-4 code units
        Bytes, // S
        Void, // V
        Datetime, // M8
        Timedelta, // m8
        Structured,
    };
    enum class ByteOrder { Little, Big, NotApplicable };
    // In numpy's order: coarser units first.
    enum class TimeUnit {
        Generic,
        Year,
        Month,
        Week,
        Day,
        Hour,
        Minute,
        Second,
        Millisecond,
        Microsecond,
        Nanosecond,
        Picosecond,
        Femtosecond,
        Attosecond,
    };

    // One entry of a structured descr, padding entries included.
    struct Entry
    {
        QString name; // empty for padding
        std::optional<QString> title; // from a (title, name) pair
        std::shared_ptr<const NpyDtype> format;
        std::optional<std::vector<qint64>> subShape; // a sub-array entry's shape
        qint64 offset = 0; // set by structured()
        qint64 size = 0; // set by structured()

        // numpy drops unnamed plain-void entries: they only occupy bytes.
        bool isPadding() const;
    };

    // A simple type string such as '<f8'.
    static Result<NpyDtype> fromString(const QString &descr);
    // A record laid out back to back in entry order.
    static Result<NpyDtype> structured(std::vector<Entry> entries);

    Kind kind() const { return m_kind; }
    ByteOrder byteOrder() const { return m_byteOrder; }
    qint64 itemSize() const { return m_itemSize; }
    TimeUnit timeUnit() const { return m_timeUnit; }
    qint64 timeMultiplier() const { return m_timeMultiplier; }
    const std::vector<Entry> &entries() const { return m_entries; }

    bool isStructured() const { return m_kind == Kind::Structured; }
    // bool, integers, floats and complex numbers
    bool isNumeric() const;
    // An x87 extended-precision float (f12, f16) or a complex made of them.
    bool isExtendedPrecision() const;

    // The descr as it appears in the header, tuples written as JSON arrays.
    nlohmann::json descrJson() const;
    // numpy's dtype.str, e.g. '<f8', '|u1', '|V64'.
    QString str() const;
    // numpy's str(dtype), e.g. 'float64', '>i4', "[('a', '<i4')]".
    QString name() const;

private:
    NpyDtype() = default;
    bool isNativeOrder() const;
    QString unitSuffix() const;
    QString constructionRepr() const;
    QString structListRepr() const;
    QString structDictRepr() const;
    bool isPacked() const;

    Kind m_kind = Kind::Void;
    ByteOrder m_byteOrder = ByteOrder::NotApplicable;
    qint64 m_itemSize = 0;
    TimeUnit m_timeUnit = TimeUnit::Generic;
    qint64 m_timeMultiplier = 1;
    QString m_descr; // simple kinds: the string as written
    std::vector<Entry> m_entries; // structured kinds
};

} // namespace skops
