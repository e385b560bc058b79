// Convene: Debian 12 has no package for ankerl::unordered_dense, which mediasoup includes.
// Its map, set and hash are mapped onto the standard containers; mediasoup relies only on
// the std-compatible part of the API (including `it = map.erase(it)`).
#ifndef CONVENE_ANKERL_UNORDERED_DENSE_COMPAT_H
#define CONVENE_ANKERL_UNORDERED_DENSE_COMPAT_H

#include <functional>
#include <unordered_map>
#include <unordered_set>

namespace ankerl::unordered_dense
{
	template<class T>
	using hash = std::hash<T>;

	template<
	  class Key,
	  class T,
	  class Hash     = std::hash<Key>,
	  class KeyEqual = std::equal_to<Key>,
	  class Alloc    = std::allocator<std::pair<const Key, T>>>
	using map = std::unordered_map<Key, T, Hash, KeyEqual, Alloc>;

	template<
	  class Key,
	  class Hash     = std::hash<Key>,
	  class KeyEqual = std::equal_to<Key>,
	  class Alloc    = std::allocator<Key>>
	using set = std::unordered_set<Key, Hash, KeyEqual, Alloc>;
} // namespace ankerl::unordered_dense

#endif
