# The bundled example (book chapter 1): one TorchScript function with a loop and a branch,
# the walking skeleton's test case. `scripts/run.sh` shows its tokens, AST, graph and result;
# upstream prints the same graph: /usr/bin/python3 -c "import runpy;
#   print(runpy.run_path('examples/foo.py')['foo'].graph)"
# The line below tells `minijit stages` what to run:
# run: foo(3)
import torch


@torch.jit.script
def foo(len: int) -> torch.Tensor:
    rv = torch.zeros(3, 4)
    for i in range(len):
        if i < 10:
            rv = rv - 1.0
        else:
            rv = rv + 1.0
    return rv
