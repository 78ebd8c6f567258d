// Device: where a tensor's bytes live — host memory ("cpu") or one CUDA GPU ("cuda:0").
// Every Storage carries one; tensors report their storage's device, and operators dispatch
// on it (CPU loops or CUDA kernels). Book chapter "Tensors and kernels".
#pragma once

#include <cstdint>
#include <string>

namespace minijit {

enum class DeviceType : int8_t { CPU = 0, CUDA = 1 };  // upstream's c10::DeviceType numbers

// A device type plus an index. As upstream's torch.device, "cuda" without an index means
// "the current CUDA device" (index -1) until a tensor is placed there; a tensor's device
// always has a concrete index (cuda:0), and the CPU's index is always -1.
struct Device {
  DeviceType type = DeviceType::CPU;
  int index = -1;

  static Device cpu() { return Device{DeviceType::CPU, -1}; }
  static Device cuda(int index = 0) { return Device{DeviceType::CUDA, index}; }
  // Parses "cpu", "cuda", "cuda:1" with upstream's error for anything else:
  // "Expected one of cpu, cuda, ... device type at start of device string: gpu".
  static Device parse(const std::string& text);

  bool isCpu() const { return type == DeviceType::CPU; }
  bool isCuda() const { return type == DeviceType::CUDA; }
  // "cpu", "cuda", "cuda:0" — str(torch.device(...)).
  std::string str() const;
  // The index a tensor gets on this device: "cuda" means cuda:0 (minijit has no
  // "current device" to switch), "cpu" stays -1.
  Device concrete() const { return isCuda() && index < 0 ? cuda(0) : *this; }

  friend bool operator==(const Device&, const Device&) = default;
};

// True when minijit was built with a CUDA toolkit (MINIJIT_HAVE_CUDA); a build without it
// raises upstream's "Torch not compiled with CUDA enabled" for any CUDA tensor.
bool cudaCompiledIn();
// The number of CUDA devices present (0 without a toolkit, a driver or a GPU).
int cudaDeviceCount();

}  // namespace minijit
