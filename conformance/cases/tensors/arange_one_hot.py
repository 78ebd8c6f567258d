# features: tensor.factories, tensor.compare, tensor.unsqueeze
# chapter: 8
# expect: ok
# description: one-hot encoding by comparing labels against torch.arange(num_classes)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(labels: torch.Tensor, num_classes: int) -> torch.Tensor:
    classes = torch.arange(num_classes)
    return (labels.unsqueeze(1) == classes.unsqueeze(0)).float()


INPUTS = [(torch.tensor([0, 2, 1]), 3)]
