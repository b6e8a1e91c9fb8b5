#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace tollgate
{

// What went wrong, for callers that react differently (e.g. offer a reload on a conflict).
enum class ErrorKind {
    Invalid,     // bad input: a field, a line of a file, a command argument
    NotFound,    // no such project, scorecard, meeting or file
    Conflict,    // the record changed since it was read (row version)
    ReadOnly,    // a closed meeting, a read-only file
    NewerSchema, // the database was written by a newer Tollgate
    Damaged,     // not a database, or it fails its integrity check
    Io,          // the disk said no (full, permissions)
    Cancelled,   // the user stopped long work (core/Progress.h); nothing was changed
    Internal     // a bug or an unexpected database error
};

// An error the core reports to its callers. The core never shows dialogs or prints: it returns
// one of these and the GUI or the command line decides how to present it.
struct Error {
    QString message; // one plain sentence, already translated, naming the field or line
    QString field;   // the field or key at fault, if any (e.g. "unit_cost", "M3")
    int line = 0;    // the 1-based line of an input file, if any
    ErrorKind kind = ErrorKind::Invalid;

    static Error at(QString field, QString message)
    {
        return Error{std::move(message), std::move(field), 0, ErrorKind::Invalid};
    }
    static Error of(ErrorKind kind, QString message)
    {
        return Error{std::move(message), QString(), 0, kind};
    }
};

// A value or an error. Small on purpose: the subset of std::expected the project needs.
template <typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    // On a temporary Result the value is moved out and returned by value, so
    // `const T& x = *makeResult();` binds to a live object instead of a dangling reference.
    T value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace tollgate
