"""What the logistic-regression components (LinearIntentClassifier, FindingClassifier,
RedFlagSuspicion) share: the features they read from a message, their regressions' weights
stacked for parsing, and how their scikit-learn models are kept in the Rasa model (skops, as
Rasa's own LogisticRegressionClassifier keeps its own)."""
from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Tuple

import numpy as np
from scipy.sparse import csr_matrix, hstack
from scipy.special import expit
from sklearn.linear_model import LogisticRegression
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message


# Where a message being parsed keeps its features by ``dense_scale`` (not in the parse output):
# the three classifiers read the same ones, and combining the featurizers' sparse features is
# most of the cost (about 1.3 ms a call).
KEPT_FEATURES = "sentence_features_by_scale"


def sentence_features(message: Message, dense_scale: float = 1.0, keep: bool = False) -> Optional[csr_matrix]:
    """The message's sentence-level sparse features and its dense ones times
    ``dense_scale``, side by side; None unless the featurizers gave it both.
    ``keep``: reuse and keep them on the message (when parsing; training data is left as it is)."""
    kept = message.data.setdefault(KEPT_FEATURES, {}) if keep else {}
    if dense_scale in kept:
        return kept[dense_scale]
    if "parts" not in kept:
        sparse = message.get_sparse_features(attribute=TEXT)[1]
        dense = message.get_dense_features(attribute=TEXT)[1]
        if sparse is None or dense is None:
            return None
        kept["parts"] = (csr_matrix(sparse.features), dense.features)
    sparse, dense = kept["parts"]
    kept[dense_scale] = hstack([sparse, csr_matrix(dense * dense_scale)]).tocsr()
    return kept[dense_scale]


class StackedRegressions:
    """The regressions' weights in one matrix: one product per message instead of a
    ``predict_proba`` call per finding (2.8 ms for twelve, mostly scikit-learn's input
    checks), with the same probabilities."""

    def __init__(self, models: Mapping[str, LogisticRegression]) -> None:
        # features x rows, stored row-major: scipy multiplies a sparse row by a dense matrix
        # through ``ravel()``, which copies a transposed (column-major) one on every call
        # (about 0.7 ms for the intent classifier's weights)
        self.weights = np.ascontiguousarray(np.vstack([m.coef_ for m in models.values()]).T)
        self.bias = np.concatenate([m.intercept_ for m in models.values()])
        self.groups: List[Tuple[str, List[str], int, int]] = []  # finding, classes, first row, rows
        row = 0
        for name, model in models.items():
            self.groups.append((name, list(model.classes_), row, model.coef_.shape[0]))
            row += model.coef_.shape[0]

    def predict_proba(self, features) -> Dict[str, Dict[str, float]]:
        scores = np.asarray(features @ self.weights).ravel() + self.bias
        result: Dict[str, Dict[str, float]] = {}
        for name, classes, first, rows in self.groups:
            z = scores[first:first + rows]
            if rows == 1:  # two classes: a logistic on one score, as scikit-learn does
                p = float(expit(z[0]))
                result[name] = {classes[0]: 1.0 - p, classes[1]: p}
            else:  # multinomial: softmax over the classes' scores
                e = np.exp(z - z.max())
                result[name] = dict(zip(classes, map(float, e / e.sum())))
        return result


def save(model_storage: ModelStorage, resource: Resource, file_name: str, models: Any) -> None:
    import skops.io as sio

    with model_storage.write_to(resource) as model_dir:
        sio.dump(models, model_dir / file_name)


def load(model_storage: ModelStorage, resource: Resource, file_name: str) -> Any:
    """What ``save`` wrote; refuses a file that holds any other type (skops' trust check)."""
    import skops.io as sio

    with model_storage.read_from(resource) as model_dir:
        path = model_dir / file_name
        untrusted = sio.get_untrusted_types(file=path)
        if untrusted:
            raise ValueError(f"{path}: unexpected types {untrusted}")
        return sio.load(path, trusted=True)
