// Compiles lexicon pattern lists into one RE2::Set, so a line is matched against all patterns
// of a list in one pass (and in linear time, whatever the letter contains).
#pragma once

#include <re2/set.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace klartjek::lexicon {

class PatternSet {
public:
    // Throws std::runtime_error naming the pattern if one does not compile.
    PatternSet(const std::vector<std::string>& patterns, bool case_sensitive = false);
    bool matches(std::string_view text) const;
    std::vector<int> which(std::string_view text) const;
    std::size_t size() const { return size_; }

private:
    std::unique_ptr<re2::RE2::Set> set_;
    std::size_t size_ = 0;
};

}  // namespace klartjek::lexicon
